package org.petface.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.petface.core.Mesh;
import org.petface.core.Volume;
import org.petface.render.FaceRender;
import org.petface.render.FaceRenderPng;
import org.petface.render.FaceRenderer;
import org.petface.render.RenderMethod;
import org.petface.render.RenderOptions;
import org.petface.render.VolumeFaceRenderer;
import org.petface.render.VolumeRenderOptions;
import org.petface.render.VolumeRenderResult;
import org.petface.surface.SkinThreshold;
import org.petface.surface.SurfaceOptions;
import org.petface.surface.io.MeshReader;
import org.petface.surface.mesh.MeshSmoothing;
import org.petface.volume.ReconstructionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code petface render}: the face of a DICOM series or NIfTI volume as a PNG (and optionally its depth map). */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Renders the face of a CT or PET volume (DICOM series folder or NIfTI file) or of a mesh file (.ply/.stl/.obj) seen from the front, "
                + "superior up, the patient's left on the image's right.")
final class RenderCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "DICOM series folder, .nii/.nii.gz file, or .ply/.stl/.obj mesh")
    private Path input;

    @Option(names = "--out", paramLabel = "FACE.png", required = true, description = "shaded 8-bit PNG to write")
    private Path out;

    @Option(names = "--depth", paramLabel = "DEPTH.png", description = "16-bit depth map PNG (value / 32 = mm)")
    private Path depth;

    @Option(names = "--size", defaultValue = "512", description = "image rows and columns (default: ${DEFAULT-VALUE})")
    private int size;

    @Option(names = "--yaw", defaultValue = "0", description = "degrees; positive turns the camera to the patient's left")
    private double yaw;

    @Option(names = "--pitch", defaultValue = "0", description = "degrees; positive looks down from above")
    private double pitch;

    @Option(names = "--method", defaultValue = "mesh",
            description = "mesh (marching cubes + z-buffer, the faster one) or raycast (default: ${DEFAULT-VALUE})")
    private String method;

    @Option(names = "--threshold", paramLabel = "SPEC",
            description = "otsu, adaptive, percentile:P or a value (default: Otsu for CT, 95th percentile for PET)")
    private String threshold;

    @Option(names = "--smooth", defaultValue = "5", description = "Taubin smoothing iterations of the mesh (default: ${DEFAULT-VALUE})")
    private int smooth;

    @Option(names = "--timings", description = "print the wall time of each stage")
    private boolean timings;

    @Override
    public Integer call() throws IOException {
        Inputs.requireExisting(input);
        Inputs.requireNotInside(out, input);
        if (depth != null) {
            Inputs.requireNotInside(depth, input);
        }
        RenderMethod renderMethod = RenderMethod.valueOf(method.trim().toUpperCase(Locale.ROOT));
        RenderOptions options = RenderOptions.defaults().withSize(size, size).withView(yaw, pitch);
        Map<String, Double> stageMillis = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        FaceRender render;
        if (isMeshFile(input)) {
            if (renderMethod != RenderMethod.MESH) {
                throw new IllegalArgumentException("--method raycast needs a volume, not the mesh file " + input);
            }
            Mesh mesh = MeshReader.read(input);
            stageMillis.put("load", (System.nanoTime() - t0) / 1e6);
            long r0 = System.nanoTime();
            render = new FaceRenderer(options).apply(mesh);
            stageMillis.put("render", (System.nanoTime() - r0) / 1e6);
        } else {
            Volume volume = SeriesSelection.volume(input, null, ReconstructionOptions.defaults());
            stageMillis.put("load", (System.nanoTime() - t0) / 1e6);
            SurfaceOptions surface = SurfaceOptions.defaults().withCropToHead(true)
                    .withThreshold(threshold == null ? null : SkinThreshold.parse(threshold))
                    .withSmoothing(smooth > 0 ? MeshSmoothing.taubin(smooth) : MeshSmoothing.none());
            VolumeRenderResult result = new VolumeFaceRenderer(new VolumeRenderOptions(surface, options, renderMethod))
                    .apply(volume);
            stageMillis.putAll(result.millisByStage());
            if (result.render() == null) {
                throw new IOException(input + ": no skin surface: " + result.status().reason());
            }
            render = result.render();
        }
        if (render.status().isError()) {
            throw new IOException(input + ": " + render.status().reason());
        }
        long t1 = System.nanoTime();
        Files.write(out, FaceRenderPng.image(render));
        if (depth != null) {
            Files.write(depth, FaceRenderPng.depth(render));
        }
        double writeMs = (System.nanoTime() - t1) / 1e6;
        System.out.printf(Locale.ROOT, "%s: %dx%d face render, %d surface pixels%n", out, render.width(),
                render.height(), render.surfacePixels());
        if (timings) {
            for (Map.Entry<String, Double> e : stageMillis.entrySet()) {
                System.out.printf(Locale.ROOT, "  %-15s %8.1f ms%n", e.getKey(), e.getValue());
            }
            System.out.printf(Locale.ROOT, "  %-15s %8.1f ms%n", "png write", writeMs);
        }
        return 0;
    }

    private static boolean isMeshFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(file) && (name.endsWith(".ply") || name.endsWith(".stl") || name.endsWith(".obj"));
    }
}
