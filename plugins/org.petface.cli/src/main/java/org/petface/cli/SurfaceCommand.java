package org.petface.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.petface.core.Mesh;
import org.petface.core.Volume;
import org.petface.surface.SkinThreshold;
import org.petface.surface.SurfaceExtractor;
import org.petface.surface.SurfaceOptions;
import org.petface.surface.SurfaceResult;
import org.petface.surface.io.MeshFormat;
import org.petface.surface.io.MeshWriter;
import org.petface.surface.mesh.MeshSmoothing;
import org.petface.volume.ReconstructionOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code petface surface}: the skin surface of a DICOM series or NIfTI volume, written as PLY, STL or OBJ. */
@Command(name = "surface", mixinStandardHelpOptions = true,
        description = "Extracts the skin surface of a DICOM series folder or a NIfTI file (threshold, body "
                + "component without the bed, cavities filled, marching cubes, smoothing) and writes it as a mesh "
                + "in patient coordinates (LPS, mm); the format follows the --out extension (.ply, .stl, .obj).")
final class SurfaceCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "DICOM series folder or .nii/.nii.gz file")
    private Path input;

    @Option(names = "--out", paramLabel = "MESH", required = true, description = "mesh file: .ply, .stl or .obj")
    private Path out;

    @Option(names = "--threshold", paramLabel = "SPEC",
            description = "otsu, percentile:P, adaptive or a value in the volume's unit "
                    + "(default: otsu for CT, percentile:95 for PET, as published)")
    private String threshold;

    @Option(names = "--smooth", paramLabel = "N", defaultValue = "5",
            description = "Taubin smoothing iterations (default ${DEFAULT-VALUE}; 0 = none)")
    private int smooth;

    @Option(names = "--laplacian", description = "smooth with plain Laplacian steps (as published) instead of Taubin")
    private boolean laplacian;

    @Option(names = "--crop-head", description = "mesh only the head (from the body's superior end down 250 mm)")
    private boolean cropHead;

    @Option(names = "--triangles", paramLabel = "N", defaultValue = "0",
            description = "decimate to at most N triangles (default: keep all)")
    private int triangles;

    @Option(names = "--series", paramLabel = "UID", description = "SeriesInstanceUID to use when INPUT holds several")
    private String seriesUid;

    @Option(names = "--timings", description = "print the time of every step")
    private boolean timings;

    @Override
    public Integer call() throws IOException {
        Inputs.requireExisting(input);
        Inputs.requireNotInside(out, input);
        MeshFormat format = MeshFormat.of(out);
        SurfaceOptions options = SurfaceOptions.defaults()
                .withThreshold(threshold == null ? null : SkinThreshold.parse(threshold))
                .withCropToHead(cropHead)
                .withSmoothing(smooth == 0 ? MeshSmoothing.none()
                        : laplacian ? MeshSmoothing.laplacian(smooth) : MeshSmoothing.taubin(smooth))
                .withTargetTriangles(triangles);
        long start = System.nanoTime();
        Volume volume = SeriesSelection.volume(input, seriesUid, ReconstructionOptions.defaults());
        long loaded = System.nanoTime();
        SurfaceResult result = new SurfaceExtractor(options).apply(volume);
        long extracted = System.nanoTime();
        result.notes().forEach(n -> System.err.println("  " + n));
        if (result.status().isError()) {
            throw new IOException(input + ": no surface: " + result.status().reason());
        }
        Mesh mesh = result.mesh();
        MeshWriter.write(mesh, out, format);
        long written = System.nanoTime();
        System.out.printf(Locale.ROOT, "%s: %d vertices, %d triangles; threshold %s; body %.0f ml (%d voxels)%n",
                out, mesh.vertexCount(), mesh.triangleCount(), result.threshold().description(),
                result.componentMl(), result.componentVoxels());
        if (timings) {
            System.out.printf(Locale.ROOT, "  load       %8.1f ms%n", (loaded - start) / 1e6);
            result.timings().forEach(t -> System.out.printf(Locale.ROOT, "  %-14s %6.1f ms%n", t.step(), t.millis()));
            System.out.printf(Locale.ROOT, "  surface    %8.1f ms%n", (extracted - loaded) / 1e6);
            System.out.printf(Locale.ROOT, "  write      %8.1f ms%n", (written - extracted) / 1e6);
        }
        return 0;
    }
}
