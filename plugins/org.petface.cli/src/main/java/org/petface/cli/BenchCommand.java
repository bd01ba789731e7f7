package org.petface.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.petface.core.Affine;
import org.petface.core.Modality;
import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.core.VoxelUnit;
import org.petface.embedder.ModelFiles;
import org.petface.experiment.Method;
import org.petface.reader.ScanOptions;
import org.petface.reader.SeriesRecord;
import org.petface.reader.dicom.DicomSeriesWriter;
import org.petface.reader.dicom.DicomUids;
import org.petface.reader.dicom.SeriesMetadata;
import org.petface.render.RenderMethod;
import org.petface.volume.Reconstruction;
import org.petface.volume.ReconstructionOptions;
import org.petface.volume.VolumeReconstructor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code petface bench read}: the time to read a CT series and build its Volume (stage 1 header scan + stage 2
 * assembly), in ms per slice. Runs on a generated series unless a folder is given.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks (figures depend on what else the machine does; the load average is printed):",
                "  read: reads a CT series (generated: --slices x --size^2, or --dir) and builds the Volume, ms per slice;",
                "  embed: detectors, landmarks and embedders on IMAGE files (default: the face-api sample photos);",
                "  match: similarity matrix --probes x --gallery x --dimension, Java vs ONNX Runtime, and the metrics;",
                "  face: stages 3+4 (threshold, components, mesh or ray cast, render) on --nifti or an AutoPET-grid CT;",
                "  render-embed: detection rates, same/different-subject cosines and PET-to-CT top-1 of every embedder",
                "    on --subjects phantom subjects x --sessions (frontal renders, --scale of the phantom matrix);",
                "  experiment: a --subjects synthetic PET-vs-CT experiment end to end, wall time and per-stage split."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "WHAT", description = "read, embed, match, face, render-embed or experiment")
    private String what;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "IMAGE", description = "images for 'embed'")
    private List<Path> images = new ArrayList<>();

    @Option(names = "--probes", defaultValue = "1000", description = "match: probes (default: ${DEFAULT-VALUE})")
    private int probes;

    @Option(names = "--gallery", defaultValue = "10000", description = "match: gallery items (default: ${DEFAULT-VALUE})")
    private int gallery;

    @Option(names = "--dimension", defaultValue = "512", description = "match: vector length (default: ${DEFAULT-VALUE})")
    private int dimension;

    @Option(names = "--nifti", paramLabel = "FILE", description = "face: a CT .nii.gz instead of the generated one")
    private Path nifti;

    @Option(names = "--render", paramLabel = "mesh|raycast|both", defaultValue = "both",
            description = "face: render path (default: ${DEFAULT-VALUE})")
    private String render;

    @Option(names = "--subjects", defaultValue = "100", description = "experiment, render-embed: subjects (default: ${DEFAULT-VALUE})")
    private int subjects;

    @Option(names = "--sessions", defaultValue = "1", description = "experiment, render-embed: sessions (default: ${DEFAULT-VALUE})")
    private int sessions;

    @Option(names = "--scale", defaultValue = "1", description = "experiment, render-embed: phantom size factor (default: ${DEFAULT-VALUE})")
    private double scale;

    @Option(names = "--embedder", paramLabel = "NAME|all", defaultValue = "all",
            description = "experiment: methods (default: ${DEFAULT-VALUE})")
    private String embedder;

    @Option(names = "--dir", paramLabel = "DIR", description = "an existing DICOM series folder instead of a generated one")
    private Path dir;

    @Option(names = "--slices", defaultValue = "300", description = "slices of the generated series (default: ${DEFAULT-VALUE})")
    private int slices;

    @Option(names = "--size", defaultValue = "512", description = "rows and columns (default: ${DEFAULT-VALUE})")
    private int size;

    @Option(names = "--runs", defaultValue = "5", description = "measured runs after one warm-up (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--threads", paramLabel = "T", description = "threads (default: cores)")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        switch (what) {
            case "read" -> read();
            case "embed" -> EmbedBench.run(images.isEmpty() ? samplePhotos() : images, threads, runs, System.out);
            case "match" -> MatchBench.run(probes, gallery, dimension, runs, threads, System.out);
            case "face" -> new FaceBench(nifti, runs, threads, renderMethods(render)).run(System.out);
            case "render-embed" -> RenderEmbedBench.run(subjects, sessions, scale, 1, threads, System.out);
            case "experiment" -> ExperimentBench.run(subjects, sessions, scale, Method.parse(embedder), threads,
                    System.out);
            default -> throw new IllegalArgumentException("unknown benchmark '" + what
                    + "'; available: read, embed, match, face, render-embed, experiment");
        }
        return 0;
    }

    private static List<Path> samplePhotos() {
        List<Path> photos = new ArrayList<>();
        for (int n = 1; n <= 6; n++) {
            photos.add(ModelFiles.locateFolder().resolve("face-api/package/demo/sample" + n + ".jpg"));
        }
        return photos;
    }

    private static List<RenderMethod> renderMethods(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "mesh" -> List.of(RenderMethod.MESH);
            case "raycast" -> List.of(RenderMethod.RAYCAST);
            case "both" -> List.of(RenderMethod.MESH, RenderMethod.RAYCAST);
            default -> throw new IllegalArgumentException("unknown --render '" + name + "'; choose mesh, raycast or both");
        };
    }

    private void read() throws IOException {
        Path series = dir;
        Path generated = null;
        if (series == null) {
            generated = Files.createTempDirectory("petface-bench-");
            series = generated;
            System.out.printf(Locale.ROOT, "writing a %d-slice %dx%d CT series to %s ...%n", slices, size, size, series);
            DicomSeriesWriter.write(syntheticCt(size, slices), benchMetadata(), series);
        }
        try {
            runReadBenchmark(series);
        } finally {
            if (generated != null) {
                deleteTree(generated);
            }
        }
    }

    private void runReadBenchmark(Path series) throws IOException {
        System.out.printf(Locale.ROOT, "java %s, %d cores, %d threads%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), threads);
        VolumeReconstructor reconstructor = new VolumeReconstructor(ReconstructionOptions.defaults().withThreads(threads));
        double[] msPerSlice = new double[runs];
        for (int run = 0; run <= runs; run++) {
            long t0 = System.nanoTime();
            SeriesRecord record = SeriesSelection.only(series, null, ScanOptions.defaults().withThreads(threads));
            long t1 = System.nanoTime();
            Reconstruction r = reconstructor.apply(record);
            long t2 = System.nanoTime();
            if (r.status().isError()) {
                throw new IOException(series + ": " + r.status().reason());
            }
            int n = r.volume().grid().nz();
            double total = (t2 - t0) / 1e6;
            System.out.printf(Locale.ROOT, "%s: %d slices, scan %.0f ms + assemble %.0f ms = %.2f ms/slice%n",
                    run == 0 ? "warm-up" : "run " + run, n, (t1 - t0) / 1e6, (t2 - t1) / 1e6, total / n);
            if (run > 0) {
                msPerSlice[run - 1] = total / n;
            }
        }
        double[] sorted = msPerSlice.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "median %.2f ms/slice (min %.2f, max %.2f) over %d runs%n",
                sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], runs);
    }

    /** A CT-like volume: a water cylinder with a bone ring in air, plus noise, so compression cannot cheat. */
    static Volume syntheticCt(int size, int slices) {
        float[] v = new float[size * size * slices];
        SplittableRandom random = new SplittableRandom(42);
        double c = (size - 1) / 2.0;
        double r = size * 0.4;
        for (int k = 0; k < slices; k++) {
            for (int j = 0; j < size; j++) {
                for (int i = 0; i < size; i++) {
                    double d = Math.hypot(i - c, j - c);
                    double hu = d > r ? -1000 : d > r - 8 ? 900 : 40;
                    v[i + size * (j + size * k)] = (float) Math.rint(hu + random.nextGaussian() * 15);
                }
            }
        }
        Affine affine = Affine.axisAligned(new double[] {-250, -250, -450}, 0.98, 0.98, 3.0);
        return new Volume(new VoxelGrid(size, size, slices, affine), v, VoxelUnit.HU, Modality.CT);
    }

    private static SeriesMetadata benchMetadata() {
        return new SeriesMetadata("BENCH-0001", "Bench^Series", 70.0, DicomUids.fromName("petface-bench-study"),
                DicomUids.fromName("petface-bench-series"), DicomUids.fromName("petface-bench-frame"), 1,
                "20260101", "090000", "20260101", "090000", "petface read benchmark", null);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
