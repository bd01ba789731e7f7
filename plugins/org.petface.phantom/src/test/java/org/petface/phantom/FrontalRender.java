package org.petface.phantom;

import java.awt.image.BufferedImage;
import org.petface.core.Volume;

/**
 * A quick frontal look at a volume's skin surface for eyeballing the phantom: rays from anterior (-y)
 * stop at the first value above a threshold; the depth map is shaded by its gradient. Superior is up,
 * the patient's left on the image's right. Not a pipeline stage: tests and the preview tool only.
 */
final class FrontalRender {

    private FrontalRender() {
    }

    /** Depth (mm from the anterior grid edge) of the first voxel above threshold per (i, k); NaN when none. */
    static double[][] depth(Volume v, double threshold, boolean lateral) {
        int nx = lateral ? v.grid().ny() : v.grid().nx();
        int ny = lateral ? v.grid().nx() : v.grid().ny();
        int nz = v.grid().nz();
        double sy = v.affine().spacing(lateral ? 0 : 1);
        double[][] d = new double[nz][nx];
        for (int k = 0; k < nz; k++) {
            for (int i = 0; i < nx; i++) {
                d[k][i] = Double.NaN;
                float prev = lateral ? v.get(ny - 1, i, k) : v.get(i, 0, k);
                for (int j = 1; j < ny && j * sy < 300; j++) {
                    float cur = lateral ? v.get(ny - 1 - j, i, k) : v.get(i, j, k);
                    if (cur > threshold) {
                        double f = prev >= threshold ? 0 : (threshold - prev) / (cur - prev);
                        d[k][i] = (j - 1 + f) * sy;
                        break;
                    }
                    prev = cur;
                }
            }
        }
        return d;
    }

    /** A shaded image at isotropic in-plane pixel size; depth is interpolated between slices. */
    static BufferedImage shade(Volume v, double threshold, boolean lateral) {
        double[][] d = depth(v, threshold, lateral);
        int nx = d[0].length;
        int nz = v.grid().nz();
        double px = v.affine().spacing(0);
        double sz = v.affine().spacing(2);
        int rows = (int) Math.round((nz - 1) * sz / px) + 1;
        double[][] iso = new double[rows][nx];
        for (int r = 0; r < rows; r++) {
            double kf = (nz - 1) - r * px / sz;
            int k0 = Math.max(0, Math.min(nz - 2, (int) Math.floor(kf)));
            double t = kf - k0;
            for (int i = 0; i < nx; i++) {
                iso[r][i] = d[k0][i] * (1 - t) + d[k0 + 1][i] * t;
            }
        }
        BufferedImage img = new BufferedImage(nx, rows, BufferedImage.TYPE_INT_RGB);
        for (int r = 1; r < rows - 1; r++) {
            for (int i = 1; i < nx - 1; i++) {
                double gx = (iso[r][i + 1] - iso[r][i - 1]) / (2 * px);
                double gz = (iso[r - 1][i] - iso[r + 1][i]) / (2 * px);
                int g = 0;
                if (!Double.isNaN(gx) && !Double.isNaN(gz)) {
                    // normal of the surface y = depth(x, z) seen from -y, light from the viewer and above
                    double nxn = -gx;
                    double nyn = -1;
                    double nzn = -gz;
                    double len = Math.sqrt(nxn * nxn + nyn * nyn + nzn * nzn);
                    double lambert = (0.0 * nxn - 0.94 * nyn + 0.34 * nzn) / len;
                    double near = Math.max(0.2, 1 - (iso[r][i] - 100) / 200);
                    g = (int) Math.max(0, Math.min(255, 255 * near * (0.1 + 0.9 * Math.max(0, lambert))));
                }
                img.setRGB(i, r, g * 0x010101);
            }
        }
        return img;
    }
}
