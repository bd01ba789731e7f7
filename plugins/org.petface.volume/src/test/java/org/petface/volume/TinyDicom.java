package org.petface.volume;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.AttributeTag;
import com.pixelmed.dicom.CodeStringAttribute;
import com.pixelmed.dicom.DecimalStringAttribute;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.FileMetaInformation;
import com.pixelmed.dicom.IntegerStringAttribute;
import com.pixelmed.dicom.OtherWordAttribute;
import com.pixelmed.dicom.SOPClass;
import com.pixelmed.dicom.TagFromName;
import com.pixelmed.dicom.TransferSyntax;
import com.pixelmed.dicom.UniqueIdentifierAttribute;
import com.pixelmed.dicom.UnsignedShortAttribute;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.petface.core.Modality;
import org.petface.core.Status;
import org.petface.core.VoxelUnit;
import org.petface.reader.PixelFormat;
import org.petface.reader.SeriesRecord;
import org.petface.reader.SliceRecord;
import org.petface.reader.SourceKind;
import org.petface.reader.SuvParameters;

/** Writes tiny single-frame DICOM images with PixelMed and the slice records the reader would give for them. */
final class TinyDicom {

    static final String SERIES_UID = "1.2.826.0.1.3680043.10.1234.2";
    static final double[] AXIAL = {1, 0, 0, 0, 1, 0};
    private static final PixelFormat INT16 = new PixelFormat(16, 16, 15, true, 1, "MONOCHROME2", 0);

    private TinyDicom() {
    }

    /** Geometry and rescale of one slice; stored pixel (i, j) = i + 10 j + 100 label. */
    record Slice(int label, double[] ipp, double[] iop, double slope, double intercept, String sopUid) {

        Slice(int label, double[] ipp, double[] iop) {
            this(label, ipp, iop, 1, -1024, "1.2.826.0.1.3680043.10.1234.3." + label);
        }

        float expected(int i, int j) {
            return (float) ((i + 10 * j + 100 * label) * slope + intercept);
        }
    }

    static SliceRecord write(Path dir, Slice slice, String modality, int columns, int rows, double[] spacing)
            throws IOException {
        Path file = dir.resolve("img-" + slice.label() + "-" + Math.abs(slice.sopUid().hashCode()) + ".dcm");
        try {
            AttributeList list = new AttributeList();
            String sopClass = modality.equals("PT") ? SOPClass.PETImageStorage : SOPClass.CTImageStorage;
            uid(list, TagFromName.SOPClassUID, sopClass);
            uid(list, TagFromName.SOPInstanceUID, slice.sopUid());
            uid(list, TagFromName.StudyInstanceUID, "1.2.826.0.1.3680043.10.1234.1");
            uid(list, TagFromName.SeriesInstanceUID, SERIES_UID);
            text(new CodeStringAttribute(TagFromName.Modality), list, modality);
            text(new IntegerStringAttribute(TagFromName.InstanceNumber), list, Integer.toString(slice.label() + 1));
            decimals(list, TagFromName.ImagePositionPatient, slice.ipp());
            decimals(list, TagFromName.ImageOrientationPatient, slice.iop());
            decimals(list, TagFromName.PixelSpacing, spacing);
            decimals(list, TagFromName.RescaleSlope, new double[] {slice.slope()});
            decimals(list, TagFromName.RescaleIntercept, new double[] {slice.intercept()});
            ushort(list, TagFromName.Rows, rows);
            ushort(list, TagFromName.Columns, columns);
            ushort(list, TagFromName.BitsAllocated, 16);
            ushort(list, TagFromName.BitsStored, 16);
            ushort(list, TagFromName.HighBit, 15);
            ushort(list, TagFromName.PixelRepresentation, 1);
            ushort(list, TagFromName.SamplesPerPixel, 1);
            text(new CodeStringAttribute(TagFromName.PhotometricInterpretation), list, "MONOCHROME2");
            short[] pixels = new short[rows * columns];
            for (int j = 0; j < rows; j++) {
                for (int i = 0; i < columns; i++) {
                    pixels[j * columns + i] = (short) (i + 10 * j + 100 * slice.label());
                }
            }
            Attribute pixelData = new OtherWordAttribute(TagFromName.PixelData);
            pixelData.setValues(pixels);
            list.put(pixelData);
            FileMetaInformation.addFileMetaInformation(list, TransferSyntax.ExplicitVRLittleEndian, "PETFACE");
            list.write(file.toFile(), TransferSyntax.ExplicitVRLittleEndian, true, true);
        } catch (DicomException e) {
            throw new IOException(e);
        }
        return new SliceRecord(file, slice.sopUid(), slice.label() + 1, 0, 1, slice.ipp(), slice.iop(), rows, columns,
                spacing, Double.NaN, slice.slope(), slice.intercept(), INT16, TransferSyntax.ExplicitVRLittleEndian,
                -1, -1, "20240101", "100000");
    }

    static SeriesRecord series(String modality, List<SliceRecord> slices, SuvParameters suv) {
        SliceRecord first = slices.get(0);
        Modality m = Modality.fromDicom(modality);
        return new SeriesRecord(Status.ok(), SourceKind.DICOM, first.file().getParent(), m, null,
                "1.2.826.0.1.3680043.10.1234.1", null, SERIES_UID, 1, 1, 1, slices.size(), first.rows(), first.columns(),
                first.pixelSpacing(), Double.NaN, Set.of(TransferSyntax.ExplicitVRLittleEndian),
                m == Modality.CT ? "HU" : "BQML", m == Modality.CT ? VoxelUnit.HU : VoxelUnit.BQML, suv, slices);
    }

    private static void uid(AttributeList list, AttributeTag tag, String value) throws DicomException {
        text(new UniqueIdentifierAttribute(tag), list, value);
    }

    private static void text(Attribute a, AttributeList list, String value) throws DicomException {
        a.addValue(value);
        list.put(a);
    }

    private static void decimals(AttributeList list, AttributeTag tag, double[] values) throws DicomException {
        Attribute a = new DecimalStringAttribute(tag);
        for (double v : values) {
            a.addValue(v);
        }
        list.put(a);
    }

    private static void ushort(AttributeList list, AttributeTag tag, int value) throws DicomException {
        Attribute a = new UnsignedShortAttribute(tag);
        a.addValue(value);
        list.put(a);
    }
}
