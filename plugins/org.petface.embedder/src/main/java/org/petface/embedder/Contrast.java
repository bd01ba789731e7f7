package org.petface.embedder;

import java.util.ArrayList;
import java.util.List;

import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Optional contrast normalisation of the image before analysis. Measured on grey skin renders: it can help the
 * embedding but breaks PET-render detection, hence off by default.
 */
public enum Contrast {
    NONE,
    /** Contrast-limited adaptive histogram equalisation of the luminance (clip 2, 8x8 tiles). */
    CLAHE;

    FaceImage apply(FaceImage image) {
        if (this == NONE) {
            return image.copy();
        }
        Mat lab = new Mat();
        Imgproc.cvtColor(image.mat(), lab, Imgproc.COLOR_BGR2Lab);
        List<Mat> channels = new ArrayList<>();
        Core.split(lab, channels);
        org.opencv.imgproc.CLAHE clahe = Imgproc.createCLAHE(2.0, new Size(8, 8));
        clahe.apply(channels.get(0), channels.get(0));
        Core.merge(channels, lab);
        Mat bgr = new Mat();
        Imgproc.cvtColor(lab, bgr, Imgproc.COLOR_Lab2BGR);
        lab.release();
        channels.forEach(Mat::release);
        return new FaceImage(bgr);
    }
}
