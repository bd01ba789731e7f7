package org.petface.reader.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeFactory;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.petface.core.Affine;
import org.petface.core.Modality;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.core.VoxelUnit;
import org.petface.reader.SuvFactor;
import org.petface.reader.SuvParameters;

/**
 * Writes a {@link Volume} as a DICOM series, one explicit VR little endian file per slice: CT Image
 * Storage (HU as signed 16-bit with RescaleIntercept -1024) or PET Image Storage (activity in Bq/ml as
 * signed 16-bit with a RescaleSlope per slice; Units BQML, DecayCorrection START, with the dose, half-life,
 * injection time and weight from which SUVbw derives exactly). Everything written derives from the inputs:
 * UIDs are name-based, no clock is read, so the same input gives the same bytes.
 */
public final class DicomSeriesWriter {

    private static final double CT_INTERCEPT = -1024;
    private static final String IMPLEMENTATION_AET = "PETFACE";
    // Standard tags this PixelMed build's TagFromName lacks (its dictionary knows them).
    private static final AttributeTag COLLIMATOR_TYPE = new AttributeTag(0x0018, 0x1181);
    private static final AttributeTag COUNTS_SOURCE = new AttributeTag(0x0054, 0x1002);
    private static final AttributeTag DECAY_FACTOR = new AttributeTag(0x0054, 0x1321);
    private static final AttributeTag IMAGE_INDEX = new AttributeTag(0x0054, 0x1330);
    private static final AttributeTag KVP = new AttributeTag(0x0018, 0x0060);
    private static final AttributeTag NUMBER_OF_SLICES = new AttributeTag(0x0054, 0x0081);
    private static final AttributeTag PATIENT_GANTRY_RELATIONSHIP_CODE_SEQUENCE = new AttributeTag(0x0054, 0x0414);
    private static final AttributeTag PATIENT_ORIENTATION_CODE_SEQUENCE = new AttributeTag(0x0054, 0x0410);
    private static final AttributeTag RADIONUCLIDE_CODE_SEQUENCE = new AttributeTag(0x0054, 0x0300);
    private static final AttributeTag RADIONUCLIDE_POSITRON_FRACTION = new AttributeTag(0x0018, 0x1076);
    private static final AttributeTag RADIOPHARMACEUTICAL = new AttributeTag(0x0018, 0x0031);
    private static final AttributeTag RANDOMS_CORRECTION_METHOD = new AttributeTag(0x0054, 0x1100);
    private static final AttributeTag SERIES_TYPE = new AttributeTag(0x0054, 0x1000);

    private DicomSeriesWriter() {
    }

    /** Writes the series into {@code folder} (created if needed) and returns the files, slice order. */
    public static List<Path> write(Volume volume, SeriesMetadata metadata, Path folder) throws IOException {
        Modality modality = volume.modality();
        if (modality != Modality.CT && modality != Modality.PT) {
            throw new IllegalArgumentException("the DICOM writer writes CT and PET volumes, not " + modality);
        }
        float[] activity = modality == Modality.PT ? petActivity(volume, metadata) : volume.voxels();
        if (modality == Modality.CT && volume.unit() != VoxelUnit.HU) {
            throw new IllegalArgumentException("a CT volume must be in HU, not " + volume.unit().label());
        }
        Files.createDirectories(folder);
        VoxelGrid grid = volume.grid();
        Geometry geometry = Geometry.of(grid.affine());
        List<Path> files = new ArrayList<>(grid.nz());
        int sliceSize = grid.nx() * grid.ny();
        String prefix = modality == Modality.CT ? "CT" : "PT";
        try {
            for (int k = 0; k < grid.nz(); k++) {
                AttributeList list = new AttributeList();
                String sopClass = modality == Modality.CT ? SOPClass.CTImageStorage : SOPClass.PETImageStorage;
                String sopInstance = DicomUids.fromName(metadata.seriesUid() + "/instance/" + (k + 1));
                common(list, metadata, sopClass, sopInstance, modality, k);
                plane(list, grid, geometry, k);
                short[] stored = new short[sliceSize];
                double slope = modality == Modality.CT
                        ? ctPixels(volume.voxels(), k * sliceSize, stored)
                        : petPixels(activity, k * sliceSize, stored);
                pixelModule(list, grid, stored, slope, modality == Modality.CT ? CT_INTERCEPT : 0);
                if (modality == Modality.CT) {
                    ctModules(list);
                } else {
                    petModules(list, metadata, grid.nz(), k);
                }
                FileMetaInformation.addFileMetaInformation(list, TransferSyntaxes.EXPLICIT_LITTLE, IMPLEMENTATION_AET);
                Path file = folder.resolve(String.format("%s%04d.dcm", prefix, k + 1));
                // PixelMed closes the stream it writes to: encode the header into memory first.
                ByteArrayOutputStream header = new ByteArrayOutputStream(4096);
                list.write(header, TransferSyntaxes.EXPLICIT_LITTLE, true, false);
                try (OutputStream out = Files.newOutputStream(file)) {
                    header.writeTo(out);
                    writePixelData(out, stored);
                }
                files.add(file);
            }
        } catch (DicomException e) {
            throw new IOException("cannot encode DICOM for " + folder + ": " + e.getMessage(), e);
        }
        return files;
    }

    /** Row and column directions and spacings of the slice planes; the affine's axes 0 and 1 must be orthogonal. */
    private record Geometry(double[] rowDirection, double[] columnDirection, double columnSpacing, double rowSpacing,
                            double sliceThickness) {

        static Geometry of(Affine affine) {
            double[] r = unit(affine.axis(0));
            double[] c = unit(affine.axis(1));
            if (Math.abs(r[0] * c[0] + r[1] * c[1] + r[2] * c[2]) > 1e-6) {
                throw new IllegalArgumentException("DICOM needs orthogonal row and column directions: " + affine);
            }
            return new Geometry(r, c, affine.spacing(0), affine.spacing(1), affine.spacing(2));
        }

        private static double[] unit(double[] v) {
            double len = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
            return new double[] {v[0] / len, v[1] / len, v[2] / len};
        }
    }

    /** PET voxels as Bq/ml: SUVbw volumes are converted with the factor the written attributes imply. */
    private static float[] petActivity(Volume volume, SeriesMetadata m) {
        PetAcquisition pet = m.pet();
        if (pet == null || m.patientWeightKg() == null) {
            throw new IllegalArgumentException("a PET series needs PET acquisition data and the patient weight");
        }
        return switch (volume.unit()) {
            case BQML -> volume.voxels();
            case SUV_BW -> {
                SuvFactor factor = suvParameters(m).suvBwFactor();
                if (!factor.isAvailable()) {
                    throw new IllegalArgumentException("PET metadata do not give an SUV factor: " + factor.reason());
                }
                float[] v = volume.voxels();
                float[] bqml = new float[v.length];
                for (int i = 0; i < v.length; i++) {
                    bqml[i] = (float) (v[i] / factor.factor());
                }
                yield bqml;
            }
            default -> throw new IllegalArgumentException("a PET volume must be in SUVbw or Bq/ml, not "
                    + volume.unit().label());
        };
    }

    /** The SUV attributes exactly as this writer records them. */
    static SuvParameters suvParameters(SeriesMetadata m) {
        PetAcquisition pet = m.pet();
        return new SuvParameters("BQML", "START", pet.injectedDoseBq(), pet.radionuclide().halfLifeSeconds(),
                pet.injectionDate() + pet.injectionTime(), pet.injectionTime(), m.seriesDate(), m.seriesTime(),
                m.seriesDate(), m.seriesTime(), m.patientWeightKg());
    }

    private static double ctPixels(float[] hu, int from, short[] stored) {
        for (int i = 0; i < stored.length; i++) {
            long v = Math.round(hu[from + i] - CT_INTERCEPT);
            stored[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
        }
        return 1;
    }

    /** Scales one slice to the full signed 16-bit range; returns the slope. */
    private static double petPixels(float[] activity, int from, short[] stored) {
        double max = 0;
        for (int i = 0; i < stored.length; i++) {
            max = Math.max(max, Math.abs(activity[from + i]));
        }
        // DS holds about 10 significant digits here: round the slope first so the value written is the one used.
        double slope = max > 0 ? Double.parseDouble(DecimalStrings.of(max / Short.MAX_VALUE)) : 1;
        for (int i = 0; i < stored.length; i++) {
            long v = Math.round(activity[from + i] / slope);
            stored[i] = (short) Math.max(-Short.MAX_VALUE, Math.min(Short.MAX_VALUE, v));
        }
        return slope;
    }

    private static void common(AttributeList list, SeriesMetadata m, String sopClass, String sopInstance,
                               Modality modality, int k) throws DicomException {
        put(list, TagFromName.SOPClassUID, sopClass);
        put(list, TagFromName.SOPInstanceUID, sopInstance);
        put(list, TagFromName.ImageType, "ORIGINAL", "PRIMARY", "AXIAL");
        put(list, TagFromName.StudyDate, m.studyDate());
        put(list, TagFromName.SeriesDate, m.seriesDate());
        put(list, TagFromName.AcquisitionDate, m.seriesDate());
        put(list, TagFromName.ContentDate, m.seriesDate());
        put(list, TagFromName.StudyTime, m.studyTime());
        put(list, TagFromName.SeriesTime, m.seriesTime());
        put(list, TagFromName.AcquisitionTime, m.seriesTime());
        put(list, TagFromName.ContentTime, m.seriesTime());
        put(list, TagFromName.AccessionNumber);
        put(list, TagFromName.Modality, modality == Modality.CT ? "CT" : "PT");
        put(list, TagFromName.Manufacturer, "petface");
        put(list, TagFromName.ReferringPhysicianName);
        put(list, TagFromName.SeriesDescription, m.seriesDescription());
        put(list, TagFromName.PatientName, m.patientName());
        put(list, TagFromName.PatientID, m.patientId());
        put(list, TagFromName.PatientBirthDate);
        put(list, TagFromName.PatientSex);
        if (m.patientWeightKg() != null) {
            put(list, TagFromName.PatientWeight, DecimalStrings.of(m.patientWeightKg()));
        }
        if (modality == Modality.CT) {
            // PET carries the patient position as PatientOrientationCodeSequence instead.
            put(list, TagFromName.PatientPosition, "HFS");
        }
        put(list, TagFromName.StudyInstanceUID, m.studyUid());
        put(list, TagFromName.SeriesInstanceUID, m.seriesUid());
        put(list, TagFromName.StudyID, "1");
        put(list, TagFromName.SeriesNumber, Integer.toString(m.seriesNumber()));
        put(list, TagFromName.AcquisitionNumber, "1");
        put(list, TagFromName.InstanceNumber, Integer.toString(k + 1));
        put(list, TagFromName.FrameOfReferenceUID, m.frameOfReferenceUid());
        put(list, TagFromName.PositionReferenceIndicator);
        // Empty rather than absent: dciodvfy cannot evaluate the body-part condition and requires it.
        put(list, TagFromName.Laterality);
    }

    private static void plane(AttributeList list, VoxelGrid grid, Geometry g, int k) throws DicomException {
        double[] origin = grid.affine().apply(0, 0, k);
        put(list, TagFromName.ImagePositionPatient, ds(origin));
        double[] orientation = {g.rowDirection[0], g.rowDirection[1], g.rowDirection[2],
            g.columnDirection[0], g.columnDirection[1], g.columnDirection[2]};
        put(list, TagFromName.ImageOrientationPatient, ds(orientation));
        put(list, TagFromName.PixelSpacing, DecimalStrings.of(g.rowSpacing), DecimalStrings.of(g.columnSpacing));
        put(list, TagFromName.SliceThickness, DecimalStrings.of(g.sliceThickness));
        double[] normal = {
            g.rowDirection[1] * g.columnDirection[2] - g.rowDirection[2] * g.columnDirection[1],
            g.rowDirection[2] * g.columnDirection[0] - g.rowDirection[0] * g.columnDirection[2],
            g.rowDirection[0] * g.columnDirection[1] - g.rowDirection[1] * g.columnDirection[0]};
        put(list, TagFromName.SliceLocation,
                DecimalStrings.of(origin[0] * normal[0] + origin[1] * normal[1] + origin[2] * normal[2]));
    }

    private static void pixelModule(AttributeList list, VoxelGrid grid, short[] stored, double slope,
                                    double intercept) throws DicomException {
        put(list, TagFromName.SamplesPerPixel, "1");
        put(list, TagFromName.PhotometricInterpretation, "MONOCHROME2");
        put(list, TagFromName.Rows, Integer.toString(grid.ny()));
        put(list, TagFromName.Columns, Integer.toString(grid.nx()));
        put(list, TagFromName.BitsAllocated, "16");
        put(list, TagFromName.BitsStored, "16");
        put(list, TagFromName.HighBit, "15");
        put(list, TagFromName.PixelRepresentation, "1");
        put(list, TagFromName.RescaleIntercept, DecimalStrings.of(intercept));
        put(list, TagFromName.RescaleSlope, DecimalStrings.of(slope));
    }

    /**
     * Appends (7FE0,0010) OW in explicit VR little endian. Pixel data is the last element of these data sets,
     * and writing it in one block is several times faster than PixelMed's value-by-value encoding.
     */
    private static void writePixelData(OutputStream out, short[] stored) throws IOException {
        ByteBuffer block = ByteBuffer.allocate(12 + stored.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        block.putShort((short) 0x7FE0).putShort((short) 0x0010).put((byte) 'O').put((byte) 'W').putShort((short) 0)
                .putInt(stored.length * 2);
        block.asShortBuffer().put(stored);
        out.write(block.array());
    }

    private static void ctModules(AttributeList list) throws DicomException {
        put(list, TagFromName.RescaleType, "HU");
        put(list, KVP);
    }

    private static void petModules(AttributeList list, SeriesMetadata m, int slices, int k) throws DicomException {
        PetAcquisition pet = m.pet();
        double halfLife = pet.radionuclide().halfLifeSeconds();
        double lambda = Math.log(2) / halfLife;
        double duration = pet.frameDurationSeconds();
        // Decay over the frame: the image is scaled to the activity at the frame start (= series time).
        double decayFactor = lambda * duration / (1 - Math.exp(-lambda * duration));
        double referenceSeconds = Math.log(decayFactor) / lambda;
        put(list, TagFromName.Units, "BQML");
        put(list, COUNTS_SOURCE, "EMISSION");
        put(list, SERIES_TYPE, "STATIC", "IMAGE");
        put(list, NUMBER_OF_SLICES, Integer.toString(slices));
        put(list, TagFromName.CorrectedImage, "ATTN", "DECY");
        put(list, TagFromName.DecayCorrection, "START");
        put(list, COLLIMATOR_TYPE, "NONE");
        put(list, RANDOMS_CORRECTION_METHOD, "NONE");
        put(list, IMAGE_INDEX, Integer.toString(k + 1));
        put(list, TagFromName.FrameReferenceTime, DecimalStrings.of(Math.round(referenceSeconds * 1e6) / 1e3));
        put(list, TagFromName.ActualFrameDuration, Long.toString(Math.round(duration * 1000)));
        put(list, DECAY_FACTOR, DecimalStrings.of(Math.round(decayFactor * 1e6) / 1e6));
        put(list, PATIENT_ORIENTATION_CODE_SEQUENCE, (String[]) null);
        put(list, PATIENT_GANTRY_RELATIONSHIP_CODE_SEQUENCE, (String[]) null);
        AttributeList drug = new AttributeList();
        put(drug, RADIOPHARMACEUTICAL, pet.radiopharmaceutical());
        put(drug, TagFromName.RadiopharmaceuticalStartTime, pet.injectionTime());
        put(drug, TagFromName.RadiopharmaceuticalStartDateTime, pet.injectionDate() + pet.injectionTime());
        put(drug, TagFromName.RadionuclideTotalDose, DecimalStrings.of(pet.injectedDoseBq()));
        put(drug, TagFromName.RadionuclideHalfLife, DecimalStrings.of(halfLife));
        put(drug, RADIONUCLIDE_POSITRON_FRACTION, DecimalStrings.of(pet.radionuclide().positronFraction()));
        AttributeList code = new AttributeList();
        put(code, TagFromName.CodeValue, pet.radionuclide().snomedCode());
        put(code, TagFromName.CodingSchemeDesignator, "SCT");
        put(code, TagFromName.CodeMeaning, pet.radionuclide().meaning());
        SequenceAttribute nuclide = new SequenceAttribute(RADIONUCLIDE_CODE_SEQUENCE);
        nuclide.addItem(code);
        drug.put(nuclide);
        SequenceAttribute info = new SequenceAttribute(TagFromName.RadiopharmaceuticalInformationSequence);
        info.addItem(drug);
        list.put(info);
    }

    private static String[] ds(double[] values) {
        String[] s = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            s[i] = DecimalStrings.of(values[i] == 0 ? 0 : values[i]);
        }
        return s;
    }

    /** Puts an attribute with the given values; no values (or null) writes it empty (type 2). */
    private static void put(AttributeList list, AttributeTag tag, String... values) throws DicomException {
        if (list.getDictionary().getValueRepresentationFromTag(tag) != null
                && com.pixelmed.dicom.ValueRepresentation.isSequenceVR(list.getDictionary().getValueRepresentationFromTag(tag))) {
            list.put(new SequenceAttribute(tag));
            return;
        }
        Attribute a = AttributeFactory.newAttribute(tag);
        if (values != null) {
            for (String v : values) {
                a.addValue(v);
            }
        }
        list.put(a);
    }
}
