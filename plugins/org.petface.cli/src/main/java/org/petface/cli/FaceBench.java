package org.petface.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.petface.core.Affine;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.nifti.NiftiReader;
import org.petface.nifti.NiftiWriteOptions;
import org.petface.nifti.NiftiWriter;
import org.petface.phantom.PhantomGenerator;
import org.petface.render.FaceRender;
import org.petface.render.FaceRenderPng;
import org.petface.render.RenderMethod;
import org.petface.render.VolumeFaceRenderer;
import org.petface.render.VolumeRenderOptions;
import org.petface.render.VolumeRenderResult;

/**
 * The stage 3+4 benchmark ({@code petface bench face}): .nii.gz load, threshold, components, then marching cubes,
 * smoothing and z-buffer render, or the ray cast, then PNG encoding; median wall time per stage over the runs and
 * the peak heap. Without a NIfTI file it writes a CT on the AutoPET grid (400x400x360 voxels of 2.04x2.04x3 mm): a
 * phantom head and shoulders, the body continued below them to the bottom of the field of view.
 */
final class FaceBench {

    static final int SIZE = 400;
    static final int SLICES = 360;
    static final double PIXEL_MM = 2.04;
    static final double SLICE_MM = 3;

    private final Path nifti;
    private final int runs;
    private final int threads;
    private final List<RenderMethod> methods;

    FaceBench(Path nifti, int runs, int threads, List<RenderMethod> methods) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1, got " + runs);
        }
        this.nifti = nifti;
        this.runs = runs;
        this.threads = threads;
        this.methods = List.copyOf(methods);
    }

    void run(PrintStream out) throws IOException {
        out.printf(Locale.ROOT, "java %s, %d cores, %d threads, load average %.2f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), threads,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Path file = nifti;
        Path generated = null;
        if (file == null) {
            generated = Files.createTempFile("petface-bench-face-", ".nii.gz");
            file = generated;
            out.printf(Locale.ROOT, "writing a %dx%dx%d CT (%.2fx%.2fx%.0f mm) to %s ...%n", SIZE, SIZE, SLICES,
                    PIXEL_MM, PIXEL_MM, SLICE_MM, file);
            // whole HU as DICOM CT stores them, so the file holds int16 (half the bytes of float32 to inflate)
            NiftiWriter.write(autoPetGridPhantom(), file, NiftiWriteOptions.defaults().withIntegralAsInt16(true));
        }
        try {
            for (RenderMethod method : methods) {
                measure(file, method, out);
            }
        } finally {
            if (generated != null) {
                Files.deleteIfExists(generated);
            }
        }
    }

    private void measure(Path file, RenderMethod method, PrintStream out) throws IOException {
        VolumeRenderOptions defaults = VolumeRenderOptions.defaults();
        VolumeFaceRenderer renderer = new VolumeFaceRenderer(defaults.withMethod(method)
                .withSurface(defaults.surface().withThreads(threads)));
        Map<String, double[]> times = new LinkedHashMap<>();
        resetPeaks();
        for (int run = 0; run <= runs; run++) {
            long t0 = System.nanoTime();
            Volume volume = NiftiReader.read(file).volume();
            double load = (System.nanoTime() - t0) / 1e6;
            VolumeRenderResult result = renderer.apply(volume);
            if (result.status().isError()) {
                throw new IOException(file + ": no face: " + result.status().reason());
            }
            FaceRender render = result.render();
            long t1 = System.nanoTime();
            byte[] png = FaceRenderPng.image(render);
            double encode = (System.nanoTime() - t1) / 1e6;
            Map<String, Double> row = new LinkedHashMap<>();
            row.put("nii.gz load", load);
            row.putAll(result.millisByStage());
            row.put("png encode", encode);
            double fromVolume = row.values().stream().mapToDouble(Double::doubleValue).sum() - load;
            row.put("volume -> png", fromVolume);
            row.put("nii.gz -> png", fromVolume + load);
            StringBuilder line = new StringBuilder(run == 0 ? "warm-up" : "run " + run);
            line.append(String.format(Locale.ROOT, " [%s, %d surface pixels, %d bytes]:", method,
                    render.surfacePixels(), png.length));
            for (Map.Entry<String, Double> e : row.entrySet()) {
                line.append(String.format(Locale.ROOT, " %s %.0f", e.getKey(), e.getValue()));
                if (run > 0) {
                    times.computeIfAbsent(e.getKey(), k -> new double[runs])[run - 1] = e.getValue();
                }
            }
            out.println(line.append(" ms"));
        }
        out.printf(Locale.ROOT, "median over %d runs, %s:%n", runs, method);
        for (Map.Entry<String, double[]> e : times.entrySet()) {
            double[] sorted = e.getValue().clone();
            Arrays.sort(sorted);
            out.printf(Locale.ROOT, "  %-15s %8.1f ms (min %.1f, max %.1f)%n", e.getKey(), sorted[runs / 2], sorted[0],
                    sorted[runs - 1]);
        }
        out.printf(Locale.ROOT, "  peak heap %.0f MB%n", peakHeapBytes() / 1e6);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since the last reset (an upper bound of the peak heap in use). */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /**
     * A phantom CT resampled (nearest neighbour) onto the AutoPET grid and rounded to whole HU, vertex near the top
     * of the field of view; below the phantom's lowest slice the body continues as that slice repeated.
     */
    static Volume autoPetGridPhantom() {
        Volume ct = new PhantomGenerator(1, 1).generate(0, 1).ct();
        VoxelGrid src = ct.grid();
        Affine toSource = ct.affine().inverse();
        double[] srcTop = ct.affine().apply(0, 0, src.nz() - 1);
        double first = -SIZE * PIXEL_MM / 2 + PIXEL_MM / 2;
        double z0 = srcTop[2] - (SLICES - 1) * SLICE_MM;
        Affine affine = Affine.axisAligned(new double[] {first, first, z0}, PIXEL_MM, PIXEL_MM, SLICE_MM);
        float[] v = new float[SIZE * SIZE * SLICES];
        int[] srcI = new int[SIZE];
        int[] srcJ = new int[SIZE];
        for (int n = 0; n < SIZE; n++) {
            double[] p = toSource.apply(first + n * PIXEL_MM, first + n * PIXEL_MM, 0);
            srcI[n] = (int) Math.round(p[0]);
            srcJ[n] = (int) Math.round(p[1]);
        }
        for (int k = 0; k < SLICES; k++) {
            int sk = (int) Math.round(toSource.apply(0, 0, z0 + k * SLICE_MM)[2]);
            sk = Math.max(0, Math.min(src.nz() - 1, sk));
            for (int j = 0; j < SIZE; j++) {
                for (int i = 0; i < SIZE; i++) {
                    boolean inside = srcI[i] >= 0 && srcI[i] < src.nx() && srcJ[j] >= 0 && srcJ[j] < src.ny();
                    v[i + SIZE * (j + SIZE * k)] = inside ? Math.round(ct.get(srcI[i], srcJ[j], sk)) : -1000;
                }
            }
        }
        return new Volume(new VoxelGrid(SIZE, SIZE, SLICES, affine), v, ct.unit(), ct.modality());
    }
}
