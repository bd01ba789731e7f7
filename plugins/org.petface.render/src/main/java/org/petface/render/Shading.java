package org.petface.render;

import java.util.Objects;

/**
 * The shading of a render. The light direction points from the surface toward the light and is given in view
 * coordinates (x to the image's right, y to the image's top, z toward the viewer), so it turns with the camera in
 * multi-view renders. NORMAL shading uses none of the light terms.
 */
public record Shading(ShadingModel model, Vec3 lightInView, double ambient, double diffuse, double specular,
                      double shininess) {

    public Shading {
        Objects.requireNonNull(model, "model");
        lightInView = lightInView.normalized();
        if (!(ambient >= 0 && diffuse >= 0 && specular >= 0 && shininess >= 1)) {
            throw new IllegalArgumentException("shading weights must be >= 0 and shininess >= 1");
        }
    }

    /** The published surface-normal shading. */
    public static Shading normal() {
        return new Shading(ShadingModel.NORMAL, new Vec3(0, 0, 1), 0, 1, 0, 1);
    }

    /** Lambert shading with a light from the given view direction. */
    public static Shading lambert(Vec3 lightInView) {
        return new Shading(ShadingModel.LAMBERT, lightInView, 0.15, 0.85, 0, 1);
    }

    /** Phong shading with a light from the given view direction. */
    public static Shading phong(Vec3 lightInView) {
        return new Shading(ShadingModel.PHONG, lightInView, 0.1, 0.7, 0.3, 20);
    }

    /**
     * The intensity in [0, 1] of a surface point with unit normal n, seen along the unit vector v (surface to
     * viewer), lit from the unit vector l (surface to light); all in patient space.
     */
    double intensity(double nx, double ny, double nz, double vx, double vy, double vz, double lx, double ly, double lz) {
        double result;
        if (model == ShadingModel.NORMAL) {
            result = nx * vx + ny * vy + nz * vz;
        } else {
            double nl = nx * lx + ny * ly + nz * lz;
            result = ambient + diffuse * Math.max(0, nl);
            if (model == ShadingModel.PHONG && nl > 0) {
                double rv = (2 * nl * nx - lx) * vx + (2 * nl * ny - ly) * vy + (2 * nl * nz - lz) * vz;
                result += specular * Math.pow(Math.max(0, rv), shininess);
            }
        }
        return Math.min(1, Math.max(0, result));
    }
}
