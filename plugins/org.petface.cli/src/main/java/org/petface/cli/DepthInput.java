package org.petface.cli;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.petface.core.Status;
import org.petface.render.Camera;
import org.petface.render.FaceRender;
import org.petface.render.FaceRenderPng;
import org.petface.render.FaceRenderer;
import org.petface.render.RenderOptions;
import org.petface.render.Vec3;
import org.petface.render.VolumeFaceRenderer;
import org.petface.render.VolumeRenderOptions;
import org.petface.render.VolumeRenderResult;
import org.petface.surface.SurfaceOptions;
import org.petface.surface.io.MeshReader;
import org.petface.volume.ReconstructionOptions;

/**
 * The frontal render that {@code petface embed --embedder depth} describes, from one input: a 16-bit depth PNG as
 * {@code petface render --depth} writes it (needs the pixel size, which the PNG does not record), a mesh
 * (.ply/.stl/.obj, rendered with the default camera), or a volume (.nii/.nii.gz or a DICOM series folder: stage 3
 * with the published threshold, then the default render).
 */
final class DepthInput {

    private DepthInput() {
    }

    static FaceRender render(Path input, Double mmPerPixel) throws IOException {
        Inputs.requireExisting(input);
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) {
            return depthPng(input, mmPerPixel);
        }
        if (name.endsWith(".ply") || name.endsWith(".stl") || name.endsWith(".obj")) {
            return new FaceRenderer(RenderOptions.defaults()).apply(MeshReader.read(input));
        }
        VolumeRenderResult result = new VolumeFaceRenderer(
                VolumeRenderOptions.defaults().withSurface(SurfaceOptions.defaults())).apply(SeriesSelection.volume(input, null, ReconstructionOptions.defaults()));
        if (result.render() == null) {
            throw new IOException(input + ": no skin surface: " + result.status().reason());
        }
        return result.render();
    }

    /** A depth PNG seen by an orthographic frontal camera of the given pixel size; 0 = no surface. */
    private static FaceRender depthPng(Path input, Double mmPerPixel) throws IOException {
        if (mmPerPixel == null) {
            throw new IllegalArgumentException(input + ": a depth PNG needs --mm-per-pixel (the render's pixel size)");
        }
        BufferedImage png;
        try (ImageInputStream stream = ImageIO.createImageInputStream(input.toFile())) {
            Iterator<ImageReader> readers = stream == null ? null : ImageIO.getImageReaders(stream);
            if (readers == null || !readers.hasNext()) {
                throw new IOException(input + ": not a readable PNG");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream);
                if (reader.getWidth(0) > Camera.MAX_SIDE || reader.getHeight(0) > Camera.MAX_SIDE) {
                    throw new IOException(input + ": depth map of " + reader.getWidth(0) + "x" + reader.getHeight(0)
                            + " is larger than " + Camera.MAX_SIDE + " per side");
                }
                png = reader.read(0);
            } finally {
                reader.dispose();
            }
        }
        if (png.getType() != BufferedImage.TYPE_USHORT_GRAY) {
            throw new IOException(input + ": not a 16-bit greyscale depth PNG as 'petface render --depth' writes");
        }
        int w = png.getWidth();
        int h = png.getHeight();
        Raster raster = png.getRaster();
        float[] depth = new float[w * h];
        boolean[] mask = new boolean[w * h];
        byte[] image = new byte[w * h];
        Arrays.fill(depth, Float.NaN);
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                int value = raster.getSample(c, r, 0);
                if (value > 0) {
                    depth[c + w * r] = value / (float) FaceRenderPng.DEPTH_STEPS_PER_MM;
                    mask[c + w * r] = true;
                }
            }
        }
        Camera camera = Camera.orthographic(new Vec3(0, 0, 0), new Vec3(0, 1, 0), new Vec3(0, 0, 1), mmPerPixel, w, h);
        return new FaceRender(Status.ok(), camera, image, depth, mask);
    }
}
