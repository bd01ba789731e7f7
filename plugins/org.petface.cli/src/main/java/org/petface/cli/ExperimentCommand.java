package org.petface.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.petface.experiment.CohortSource;
import org.petface.experiment.ExperimentOptions;
import org.petface.experiment.ExperimentResult;
import org.petface.experiment.ExperimentRunner;
import org.petface.experiment.Method;
import org.petface.matcher.report.ReportWriter;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code petface experiment}: the main job. Every study through reader/volume, surface, render and face analysis,
 * then pet_to_ct (and ct_to_ct, pet_to_pet across two sessions) per method, a summary table and the report.
 */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Runs the re-identification experiment on a synthetic cohort or an input folder and writes "
                + "report.html, metrics.json and ranks.csv.")
final class ExperimentCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Cohort cohort;

    static final class Cohort {
        @ArgGroup(exclusive = false)
        Synthetic synthetic;

        @ArgGroup(exclusive = false)
        Input input;
    }

    static final class Synthetic {
        @Option(names = "--synthetic", paramLabel = "N", required = true,
                description = "generate N phantom subjects in memory")
        int subjects;

        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "cohort seed (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--sessions", paramLabel = "1|2", defaultValue = "2",
                description = "sessions per subject; 2 adds ct_to_ct and pet_to_pet (default: ${DEFAULT-VALUE})")
        int sessions;

        @Option(names = "--scale", paramLabel = "F", defaultValue = "1",
                description = "phantom matrix size factor, (0.05, 1] (default: ${DEFAULT-VALUE})")
        double scale;
    }

    static final class Input {
        @Option(names = "--input", paramLabel = "DIR", required = true,
                description = "folder of DICOM series and/or NIfTI files; studies paired by patient key")
        Path folder;

        @Option(names = "--format", paramLabel = "dicom|nifti|any", defaultValue = "any",
                description = "which files take part (default: ${DEFAULT-VALUE})")
        String format;
    }

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "report folder")
    private Path out;

    @Option(names = "--embedder", paramLabel = "NAME|all", defaultValue = "all",
            description = "deep, landmarks, depth, shape or all (default: ${DEFAULT-VALUE})")
    private String embedder;

    @Option(names = "--threads", paramLabel = "T", description = "studies processed at once (default: cores)")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        CohortSource source;
        if (cohort.synthetic != null) {
            Synthetic s = cohort.synthetic;
            source = new CohortSource.Synthetic(s.subjects, s.seed, s.sessions, s.scale);
        } else {
            Inputs.requireExisting(cohort.input.folder);
            Inputs.requireNotInside(out, cohort.input.folder);
            source = new CohortSource.Folder(cohort.input.folder, inputFormat(cohort.input.format));
        }
        ExperimentOptions options = new ExperimentOptions(source, Method.parse(embedder), threads, out, 1);
        return run(options);
    }

    /** Runs with a progress display and prints the summary; exit code 0 if at least one study was processed. */
    static int run(ExperimentOptions options) throws IOException {
        Inputs.prepareOutputFolder(options.outputFolder(), ReportWriter.METRICS);
        ExperimentConsole console = ExperimentConsole.forStdout();
        ExperimentResult result = new ExperimentRunner(options).apply(console);
        console.summary(result);
        return result.failedStudies() < result.studies() ? 0 : 1;
    }

    private static CohortSource.InputFormat inputFormat(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "dicom" -> CohortSource.InputFormat.DICOM;
            case "nifti" -> CohortSource.InputFormat.NIFTI;
            case "any" -> CohortSource.InputFormat.ANY;
            default -> throw new IllegalArgumentException("unknown --format '" + name + "'; choose dicom, nifti or any");
        };
    }
}
