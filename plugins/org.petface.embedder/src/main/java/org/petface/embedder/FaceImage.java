package org.petface.embedder;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgcodecs.Imgcodecs;
import org.opencv.imgproc.Imgproc;

/**
 * An 8-bit image for face analysis, held as an OpenCV BGR matrix (native memory: close it). Greyscale input
 * (renders) has its channel replicated, as the photo-trained models expect three equal channels.
 */
public final class FaceImage implements AutoCloseable {

    /** Larger images are refused before any pixel is allocated. */
    public static final int MAX_SIDE = 16384;

    private final Mat bgr;

    FaceImage(Mat bgr) {
        if (bgr.type() != CvType.CV_8UC3) {
            throw new IllegalArgumentException("face image must be 8-bit BGR, got OpenCV type " + bgr.type());
        }
        this.bgr = bgr;
    }

    /** Reads a PNG/JPEG/... file; an unreadable file is a clear error naming it. */
    public static FaceImage read(Path file) {
        OpenCvLibrary.ensureLoaded();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such image file");
        }
        Mat mat = Imgcodecs.imread(file.toString(), Imgcodecs.IMREAD_COLOR);
        if (mat.empty()) {
            throw new IllegalArgumentException(file + ": not a readable image (PNG, JPEG, BMP, TIFF)");
        }
        return new FaceImage(mat);
    }

    public static FaceImage of(BufferedImage image) {
        checkSize(image.getWidth(), image.getHeight());
        BufferedImage bgrImage = image;
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            bgrImage = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            bgrImage.getGraphics().drawImage(image, 0, 0, null);
        }
        byte[] data = ((java.awt.image.DataBufferByte) bgrImage.getRaster().getDataBuffer()).getData();
        OpenCvLibrary.ensureLoaded();
        Mat mat = new Mat(image.getHeight(), image.getWidth(), CvType.CV_8UC3);
        mat.put(0, 0, data);
        return new FaceImage(mat);
    }

    /** A greyscale image, row-major, one byte per pixel; the channel is replicated to BGR. */
    public static FaceImage ofGrey(int width, int height, byte[] pixels) {
        checkSize(width, height);
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("grey image of " + width + "x" + height + " needs " + width * height
                    + " pixels, got " + pixels.length);
        }
        OpenCvLibrary.ensureLoaded();
        Mat grey = new Mat(height, width, CvType.CV_8UC1);
        grey.put(0, 0, pixels);
        Mat mat = new Mat();
        Imgproc.cvtColor(grey, mat, Imgproc.COLOR_GRAY2BGR);
        grey.release();
        return new FaceImage(mat);
    }

    private static void checkSize(int width, int height) {
        if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException("image size " + width + "x" + height + " outside 1.." + MAX_SIDE);
        }
    }

    public int width() {
        return bgr.cols();
    }

    public int height() {
        return bgr.rows();
    }

    /** A copy whose pixels the caller owns. */
    public FaceImage copy() {
        return new FaceImage(bgr.clone());
    }

    /** This image scaled to the given size (area interpolation when shrinking). */
    public FaceImage resized(int newWidth, int newHeight) {
        checkSize(newWidth, newHeight);
        Mat out = new Mat();
        Imgproc.resize(bgr, out, new Size(newWidth, newHeight), 0, 0, Imgproc.INTER_AREA);
        return new FaceImage(out);
    }

    /** The BGR matrix; owned by this image. */
    Mat mat() {
        return bgr;
    }

    public void write(Path file) {
        if (!Imgcodecs.imwrite(file.toString(), bgr)) {
            throw new IllegalArgumentException(file + ": cannot write image (unknown extension or folder missing)");
        }
    }

    @Override
    public void close() {
        bgr.release();
    }
}
