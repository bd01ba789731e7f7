package org.petface.reader.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.DicomInputStream;
import com.pixelmed.dicom.SequenceAttribute;
import com.pixelmed.dicom.TagFromName;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.petface.core.Modality;
import org.petface.core.PseudonymousKey;
import org.petface.reader.PixelFormat;
import org.petface.reader.SliceRecord;
import org.petface.reader.SuvParameters;
import org.petface.reader.dicom.InvalidDicomException.Kind;

/**
 * Reads the header of one DICOM image file: the bounded pre-check first, then PixelMed up to (not into)
 * the pixel data, from a stream that ends where the pre-check found the pixel data.
 */
public final class DicomHeaderReader {

    /** Bytes of the pixel data element header PixelMed may read before it stops at the tag. */
    private static final int PIXEL_ELEMENT_HEADER = 12;
    private static final int MAX_FRAMES = 1 << 16;

    private DicomHeaderReader() {
    }

    public static DicomImageHeader read(Path file, int maxSequenceDepth) throws IOException {
        DicomPreCheck.Result check = DicomPreCheck.check(file, maxSequenceDepth);
        AttributeList list = readAttributes(file, check);
        return toHeader(file, check, list);
    }

    /** PixelMed's attribute list of everything before the pixel data, for a file that passed the pre-check. */
    static AttributeList readAttributes(Path file, DicomPreCheck.Result check) throws IOException {
        long limit = check.deflated() ? Files.size(file) : check.pixelDataElementOffset() + PIXEL_ELEMENT_HEADER;
        AttributeList list = new AttributeList();
        try (InputStream in = new BufferedInputStream(new LimitedInputStream(Files.newInputStream(file), limit), 65536)) {
            list.read(new DicomInputStream(in), TagFromName.PixelData);
        } catch (DicomException | RuntimeException e) {
            throw new InvalidDicomException(Kind.MALFORMED, "unreadable header: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidDicomException(Kind.MALFORMED, "unreadable header: " + e, e);
        }
        return list;
    }

    private static DicomImageHeader toHeader(Path file, DicomPreCheck.Result check, AttributeList list)
            throws InvalidDicomException {
        int rows = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Rows, 0);
        int columns = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.Columns, 0);
        int frames = Math.max(1, Attribute.getSingleIntegerValueOrDefault(list, TagFromName.NumberOfFrames, 1));
        if (rows <= 0 || columns <= 0 || rows > 65535 || columns > 65535) {
            throw new InvalidDicomException(Kind.MALFORMED, "invalid image size " + rows + "x" + columns);
        }
        if (frames > MAX_FRAMES) {
            throw new InvalidDicomException(Kind.MALFORMED, "NumberOfFrames " + frames + " is not plausible");
        }
        PixelFormat format = pixelFormat(list);
        checkPixelFormat(format);
        checkPixelDataLength(check, format, rows, columns, frames);
        TransferSyntaxes.Decoder decoder = TransferSyntaxes.decoder(check.transferSyntaxUid(), format.bitsStored());
        if (decoder == TransferSyntaxes.Decoder.UNSUPPORTED) {
            throw new InvalidDicomException(Kind.UNSUPPORTED,
                    "unsupported transfer syntax " + check.transferSyntaxUid());
        }
        if (decoder == TransferSyntaxes.Decoder.DCMTK && !Dcmtk.isInstalled(TransferSyntaxes.dcmtkTool(check.transferSyntaxUid()))) {
            throw new InvalidDicomException(Kind.UNSUPPORTED, TransferSyntaxes.name(check.transferSyntaxUid())
                    + " needs dcmtk (" + TransferSyntaxes.dcmtkTool(check.transferSyntaxUid()) + "), not installed");
        }
        Modality modality = Modality.fromDicom(string(list, TagFromName.Modality));
        String units = string(list, TagFromName.Units);
        List<SliceRecord> slices = slices(file, check, list, rows, columns, frames, format);
        SuvParameters suv = modality == Modality.PT ? suvParameters(list, units) : null;
        return new DicomImageHeader(file, PseudonymousKey.of(string(list, TagFromName.PatientID)),
                string(list, TagFromName.StudyInstanceUID), string(list, TagFromName.StudyDate),
                string(list, TagFromName.StudyTime), string(list, TagFromName.SeriesInstanceUID),
                Attribute.getSingleIntegerValueOrDefault(list, TagFromName.SeriesNumber, 0), modality,
                string(list, TagFromName.AcquisitionNumber), string(list, TagFromName.EchoNumbers), units, suv,
                slices);
    }

    private static List<SliceRecord> slices(Path file, DicomPreCheck.Result check, AttributeList list, int rows,
                                            int columns, int frames, PixelFormat format) {
        boolean nativeInFile = !check.deflated() && !check.encapsulated();
        long offset = nativeInFile ? check.pixelDataOffset() : -1;
        long length = nativeInFile ? check.pixelDataLength() : -1;
        String sop = string(list, TagFromName.SOPInstanceUID);
        int instance = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.InstanceNumber, 0);
        String acquisitionDate = string(list, TagFromName.AcquisitionDate);
        String acquisitionTime = string(list, TagFromName.AcquisitionTime);
        AttributeList shared = firstItem(list, TagFromName.SharedFunctionalGroupsSequence);
        SequenceAttribute perFrame = list.get(TagFromName.PerFrameFunctionalGroupsSequence) instanceof SequenceAttribute s
                ? s : null;
        List<SliceRecord> slices = new ArrayList<>(frames);
        for (int f = 0; f < frames; f++) {
            AttributeList frame = perFrame != null && f < perFrame.getNumberOfItems()
                    ? perFrame.getItem(f).getAttributeList() : null;
            AttributeList[] scopes = {frame, shared};
            double[] position = frameValue(scopes, TagFromName.PlanePositionSequence, TagFromName.ImagePositionPatient);
            double[] orientation = frameValue(scopes, TagFromName.PlaneOrientationSequence,
                    TagFromName.ImageOrientationPatient);
            double[] spacing = frameValue(scopes, TagFromName.PixelMeasuresSequence, TagFromName.PixelSpacing);
            double[] thickness = frameValue(scopes, TagFromName.PixelMeasuresSequence, TagFromName.SliceThickness);
            double[] slope = frameValue(scopes, TagFromName.PixelValueTransformationSequence, TagFromName.RescaleSlope);
            double[] intercept = frameValue(scopes, TagFromName.PixelValueTransformationSequence,
                    TagFromName.RescaleIntercept);
            // A classic multi-frame file has one ImagePositionPatient: it locates frame 0 only, so no frame gets it.
            if (position == null && frames == 1) {
                position = doubles(list, TagFromName.ImagePositionPatient, 3);
            }
            if (orientation == null) {
                orientation = doubles(list, TagFromName.ImageOrientationPatient, 6);
            }
            if (spacing == null) {
                spacing = doubles(list, TagFromName.PixelSpacing, 2);
            }
            if (thickness == null) {
                thickness = doubles(list, TagFromName.SliceThickness, 1);
            }
            if (slope == null) {
                slope = doubles(list, TagFromName.RescaleSlope, 1);
            }
            if (intercept == null) {
                intercept = doubles(list, TagFromName.RescaleIntercept, 1);
            }
            slices.add(new SliceRecord(file, sop, instance, f, frames, valid(position, 3), unitVectors(orientation),
                    rows, columns, positive(spacing, 2), thickness == null ? Double.NaN : thickness[0],
                    slope == null || slope[0] == 0 || !Double.isFinite(slope[0]) ? 1.0 : slope[0],
                    intercept == null || !Double.isFinite(intercept[0]) ? 0.0 : intercept[0],
                    format, check.transferSyntaxUid(), offset, length, acquisitionDate, acquisitionTime));
        }
        return slices;
    }

    private static SuvParameters suvParameters(AttributeList list, String units) {
        AttributeList drug = firstItem(list, TagFromName.RadiopharmaceuticalInformationSequence);
        double[] weight = doubles(list, TagFromName.PatientWeight, 1);
        double[] dose = drug == null ? null : doubles(drug, TagFromName.RadionuclideTotalDose, 1);
        double[] halfLife = drug == null ? null : doubles(drug, TagFromName.RadionuclideHalfLife, 1);
        return new SuvParameters(units, string(list, TagFromName.DecayCorrection),
                dose == null ? null : dose[0], halfLife == null ? null : halfLife[0],
                drug == null ? "" : string(drug, TagFromName.RadiopharmaceuticalStartDateTime),
                drug == null ? "" : string(drug, TagFromName.RadiopharmaceuticalStartTime),
                string(list, TagFromName.SeriesDate), string(list, TagFromName.SeriesTime),
                string(list, TagFromName.AcquisitionDate), string(list, TagFromName.AcquisitionTime),
                weight == null ? null : weight[0]);
    }

    private static PixelFormat pixelFormat(AttributeList list) {
        int allocated = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsAllocated, 0);
        int stored = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.BitsStored, allocated);
        int high = Attribute.getSingleIntegerValueOrDefault(list, TagFromName.HighBit, stored - 1);
        return new PixelFormat(allocated, stored, high,
                Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PixelRepresentation, 0) == 1,
                Attribute.getSingleIntegerValueOrDefault(list, TagFromName.SamplesPerPixel, 1),
                string(list, TagFromName.PhotometricInterpretation),
                Attribute.getSingleIntegerValueOrDefault(list, TagFromName.PlanarConfiguration, 0));
    }

    private static void checkPixelFormat(PixelFormat f) throws InvalidDicomException {
        if (f.bitsAllocated() != 8 && f.bitsAllocated() != 16 && f.bitsAllocated() != 32) {
            throw new InvalidDicomException(Kind.UNSUPPORTED, "BitsAllocated " + f.bitsAllocated() + " not supported");
        }
        if (f.bitsStored() < 1 || f.bitsStored() > f.bitsAllocated() || f.highBit() < f.bitsStored() - 1
                || f.highBit() >= f.bitsAllocated()) {
            throw new InvalidDicomException(Kind.MALFORMED, "inconsistent BitsStored " + f.bitsStored()
                    + " / HighBit " + f.highBit() + " / BitsAllocated " + f.bitsAllocated());
        }
        if (f.samplesPerPixel() != 1) {
            throw new InvalidDicomException(Kind.UNSUPPORTED, "colour image (SamplesPerPixel "
                    + f.samplesPerPixel() + ", " + f.photometricInterpretation() + ") not supported");
        }
    }

    private static void checkPixelDataLength(DicomPreCheck.Result check, PixelFormat f, int rows, int columns,
                                             int frames) throws InvalidDicomException {
        if (check.encapsulated()) {
            if (check.fragmentOffsets().length < 2) {
                throw new InvalidDicomException(Kind.TRUNCATED, "encapsulated pixel data has no fragments");
            }
            return;
        }
        long needed = (long) rows * columns * frames * f.bytesPerSample();
        if (check.pixelDataLength() < needed) {
            throw new InvalidDicomException(Kind.TRUNCATED, "pixel data holds " + check.pixelDataLength()
                    + " bytes, " + rows + "x" + columns + "x" + frames + " images need " + needed);
        }
    }

    /** A value from a functional group sequence in the first scope (per-frame, then shared) that has it. */
    private static double[] frameValue(AttributeList[] scopes, AttributeTag sequence, AttributeTag tag) {
        for (AttributeList scope : scopes) {
            AttributeList item = scope == null ? null : firstItem(scope, sequence);
            double[] v = item == null ? null : doubles(item, tag, 1);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static AttributeList firstItem(AttributeList list, AttributeTag tag) {
        Attribute a = list.get(tag);
        if (a instanceof SequenceAttribute s && s.getNumberOfItems() > 0) {
            return s.getItem(0).getAttributeList();
        }
        return null;
    }

    private static double[] doubles(AttributeList list, AttributeTag tag, int minCount) {
        Attribute a = list.get(tag);
        if (a == null || a.getVM() < minCount) {
            return null;
        }
        try {
            double[] v = a.getDoubleValues();
            return v != null && v.length >= minCount ? v : null;
        } catch (DicomException | NumberFormatException e) {
            return null;
        }
    }

    private static double[] valid(double[] v, int n) {
        if (v == null || v.length < n) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(v[i])) {
                return null;
            }
        }
        return java.util.Arrays.copyOf(v, n);
    }

    private static double[] positive(double[] v, int n) {
        double[] r = valid(v, n);
        if (r == null) {
            return null;
        }
        for (double x : r) {
            if (!(x > 0)) {
                return null;
            }
        }
        return r;
    }

    /** Orientation cosines normalised to unit length; null when missing or degenerate. */
    private static double[] unitVectors(double[] o) {
        double[] r = valid(o, 6);
        if (r == null) {
            return null;
        }
        for (int v = 0; v < 2; v++) {
            double len = Math.sqrt(r[3 * v] * r[3 * v] + r[3 * v + 1] * r[3 * v + 1] + r[3 * v + 2] * r[3 * v + 2]);
            if (len < 0.5 || len > 1.5) {
                return null;
            }
            if (Math.abs(len - 1) < 1e-6) {
                continue;
            }
            for (int c = 0; c < 3; c++) {
                r[3 * v + c] /= len;
            }
        }
        return r;
    }

    private static String string(AttributeList list, AttributeTag tag) {
        return Attribute.getSingleStringValueOrEmptyString(list, tag).trim();
    }
}
