package org.petface.embedder;

/**
 * The 68 facial landmarks of the iBUG 300-W scheme in image pixels, as x0,y0,x1,y1,... (jaw 0-16, brows 17-26,
 * nose 27-35, eyes 36-47, mouth 48-67). Image left/right, not the subject's.
 */
public record FaceLandmarks(double[] xy) {

    public static final int POINTS = 68;

    public FaceLandmarks {
        if (xy.length != 2 * POINTS) {
            throw new IllegalArgumentException("68 landmarks need 136 coordinates, got " + xy.length);
        }
        for (double v : xy) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("landmark coordinate is not finite");
            }
        }
        xy = xy.clone();
    }

    @Override
    public double[] xy() {
        return xy.clone();
    }

    public double x(int point) {
        return xy[2 * point];
    }

    public double y(int point) {
        return xy[2 * point + 1];
    }

    /**
     * The five alignment points (left eye centre, right eye centre, nose tip, left and right mouth corner), reduced
     * as faceplugin's own code does: eye = mean of four lid points, mouth corner = mean of outer and inner corner.
     */
    public double[] fivePoints() {
        return new double[] {
            mean(37, 38, 40, 41, true), mean(37, 38, 40, 41, false),
            mean(43, 44, 46, 47, true), mean(43, 44, 46, 47, false),
            x(30), y(30),
            (x(48) + x(60)) / 2, (y(48) + y(60)) / 2,
            (x(54) + x(64)) / 2, (y(54) + y(64)) / 2,
        };
    }

    private double mean(int a, int b, int c, int d, boolean xs) {
        return xs ? (x(a) + x(b) + x(c) + x(d)) / 4 : (y(a) + y(b) + y(c) + y(d)) / 4;
    }
}
