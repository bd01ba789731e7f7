package org.petface.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.petface.core.Volume;
import org.petface.phantom.CohortOptions;
import org.petface.phantom.CohortResult;
import org.petface.phantom.ManifestEntry;
import org.petface.phantom.OutputFormat;
import org.petface.reader.ScanOptions;
import org.petface.reader.ScanResult;
import org.petface.reader.SeriesRecord;
import org.petface.reader.SeriesScanner;
import org.petface.volume.Reconstruction;
import org.petface.volume.ReconstructionOptions;
import org.petface.volume.VolumeReconstructor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code petface demo}: the main job on the built-in synthetic cohort. Until the face stages exist it generates
 * the cohort in DICOM and NIfTI, reads every series back through stages 1 and 2, and checks that the DICOM
 * read-back agrees with the NIfTI ground truth.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Generates the synthetic PET/CT cohort (DICOM and NIfTI), reads every series back "
                + "(reader + volume reconstructor) and compares the DICOM read-back with the NIfTI ground truth.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "petface-out/demo",
            description = "output folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--subjects", paramLabel = "N", defaultValue = "6", description = "subjects (default: ${DEFAULT-VALUE})")
    private int subjects;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "cohort seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--sessions", paramLabel = "1|2", defaultValue = "2", description = "sessions (default: ${DEFAULT-VALUE})")
    private int sessions;

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1", description = "matrix size factor (default: ${DEFAULT-VALUE})")
    private double scale;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: cores)")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        CohortResult cohort = PhantomCommand.generate(
                new CohortOptions(subjects, seed, sessions, OutputFormat.BOTH, out, threads, scale));
        ScanResult scan = new SeriesScanner(ScanOptions.defaults().withThreads(threads)).apply(out);
        System.out.printf("scan: %d series, %d other files (manifest and summary)%n", scan.series().size(),
                scan.badFiles().size());

        Map<Path, SeriesRecord> seriesByFolder = new HashMap<>();
        for (SeriesRecord s : scan.series()) {
            seriesByFolder.put(s.location().toAbsolutePath().normalize(), s);
        }
        VolumeReconstructor reconstructor = new VolumeReconstructor(ReconstructionOptions.defaults().withThreads(threads));
        List<ReadBack> rows = new ArrayList<>();
        Map<String, Volume> niftiTruth = new HashMap<>();
        Map<String, Volume> dicomReadBack = new HashMap<>();
        for (ManifestEntry entry : cohort.entries()) {
            Path path = out.resolve(entry.relativePath()).toAbsolutePath().normalize();
            Reconstruction r;
            if (entry.format() == OutputFormat.NIFTI) {
                r = reconstructor.apply(path);
            } else {
                SeriesRecord series = seriesByFolder.get(path);
                r = series == null ? Reconstruction.failed(path + ": the scan found no series here", List.of())
                        : reconstructor.apply(series);
            }
            String key = entry.subject() + "/" + entry.session() + "/" + entry.modality();
            if (r.volume() != null) {
                (entry.format() == OutputFormat.NIFTI ? niftiTruth : dicomReadBack).put(key, r.volume());
            }
            rows.add(new ReadBack(entry, r));
        }
        List<String> lines = new ArrayList<>();
        lines.add("subject,session,modality,format,status,reason,grid,spacing_mm,unit,max_abs_diff_vs_nifti");
        boolean allOk = true;
        for (ReadBack row : rows) {
            String key = row.entry.subject() + "/" + row.entry.session() + "/" + row.entry.modality();
            String diff = "";
            if (row.entry.format() == OutputFormat.DICOM && niftiTruth.containsKey(key) && dicomReadBack.containsKey(key)) {
                diff = String.format(Locale.ROOT, "%.4g", VolumeDifference.maxAbs(dicomReadBack.get(key), niftiTruth.get(key)));
            }
            allOk &= !row.result.status().isError();
            lines.add(row.csvLine(diff));
        }
        Path summary = out.resolve("demo-summary.csv");
        try (Writer w = Files.newBufferedWriter(summary)) {
            for (String line : lines) {
                w.write(line);
                w.write('\n');
            }
        }
        lines.forEach(l -> System.out.println(l.replace(',', '\t')));
        System.out.println("summary: " + summary);
        return allOk ? 0 : 1;
    }

    private record ReadBack(ManifestEntry entry, Reconstruction result) {

        String csvLine(String diff) {
            Volume v = result.volume();
            String grid = v == null ? "" : v.grid().nx() + "x" + v.grid().ny() + "x" + v.grid().nz();
            String spacing = "";
            if (v != null) {
                double[] s = v.grid().spacing();
                spacing = String.format(Locale.ROOT, "%.3fx%.3fx%.3f", s[0], s[1], s[2]);
            }
            return String.join(",", entry.subject(), Integer.toString(entry.session()), entry.modality().name(),
                    entry.format().name().toLowerCase(Locale.ROOT), result.status().code().name(),
                    result.status().reason().replace(',', ';'), grid, spacing, v == null ? "" : v.unit().label(), diff);
        }
    }
}
