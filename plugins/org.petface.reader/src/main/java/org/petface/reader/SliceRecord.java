package org.petface.reader;

import java.nio.file.Path;

/**
 * One image (one frame of a DICOM file) as the scanner found it in its header. Arrays are not copied:
 * treat them as read-only. Geometry arrays are null when the file has no patient geometry.
 *
 * @param file the DICOM file
 * @param sopInstanceUid SOPInstanceUID (0008,0018)
 * @param instanceNumber InstanceNumber (0020,0013), 0 when absent
 * @param frameIndex 0-based frame of a multi-frame file, 0 for single-frame files
 * @param numberOfFrames frames in the file (1 for single-frame files)
 * @param imagePositionPatient ImagePositionPatient (x, y, z of the first voxel, LPS mm), null if absent
 * @param imageOrientationPatient ImageOrientationPatient (row direction cosines, then column), null if absent
 * @param rows Rows
 * @param columns Columns
 * @param pixelSpacing PixelSpacing: distance between rows, then between columns (mm); null if absent
 * @param sliceThickness SliceThickness (mm), NaN if absent
 * @param rescaleSlope RescaleSlope (1 when absent)
 * @param rescaleIntercept RescaleIntercept (0 when absent)
 * @param pixelFormat stored pixel layout
 * @param transferSyntaxUid TransferSyntaxUID of the data set
 * @param pixelDataOffset byte offset of the first pixel byte of frame 0 in the file when pixel data is native
 *     (not encapsulated, not deflated), else -1
 * @param pixelDataLength declared length of native pixel data, else -1
 * @param acquisitionDate AcquisitionDate (DA) of this image, "" if absent
 * @param acquisitionTime AcquisitionTime (TM) of this image, "" if absent
 */
public record SliceRecord(Path file, String sopInstanceUid, int instanceNumber, int frameIndex, int numberOfFrames,
                          double[] imagePositionPatient, double[] imageOrientationPatient,
                          int rows, int columns, double[] pixelSpacing, double sliceThickness,
                          double rescaleSlope, double rescaleIntercept,
                          PixelFormat pixelFormat, String transferSyntaxUid,
                          long pixelDataOffset, long pixelDataLength,
                          String acquisitionDate, String acquisitionTime) {

    public SliceRecord {
        sopInstanceUid = sopInstanceUid == null ? "" : sopInstanceUid;
        transferSyntaxUid = transferSyntaxUid == null ? "" : transferSyntaxUid;
        acquisitionDate = acquisitionDate == null ? "" : acquisitionDate;
        acquisitionTime = acquisitionTime == null ? "" : acquisitionTime;
    }

    public boolean hasGeometry() {
        return imagePositionPatient != null && imageOrientationPatient != null && pixelSpacing != null;
    }

    /** Whether the pixel bytes can be read straight from the file at {@link #pixelDataOffset()}. */
    public boolean hasNativePixelData() {
        return pixelDataOffset >= 0;
    }

    /** The unit normal of the image plane (row direction x column direction), or null without orientation. */
    public double[] sliceNormal() {
        if (imageOrientationPatient == null) {
            return null;
        }
        double[] o = imageOrientationPatient;
        return new double[] {
            o[1] * o[5] - o[2] * o[4],
            o[2] * o[3] - o[0] * o[5],
            o[0] * o[4] - o[1] * o[3]};
    }
}
