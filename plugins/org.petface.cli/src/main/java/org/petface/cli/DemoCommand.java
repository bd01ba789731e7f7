package org.petface.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.petface.experiment.CohortSource;
import org.petface.experiment.ExperimentOptions;
import org.petface.experiment.Method;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code petface demo}: the main job on the built-in synthetic cohort with defaults that finish in a few minutes
 * on two cores: 10 phantom subjects, two sessions, every method, report in petface-out/demo.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs the PET-vs-CT re-identification experiment (and CT-CT, PET-PET across two sessions) on "
                + "the built-in synthetic cohort with every method, and writes the report.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "petface-out/demo",
            description = "report folder (default: ${DEFAULT-VALUE})")
    private Path out;

    @Option(names = "--subjects", paramLabel = "N", defaultValue = "10", description = "subjects (default: ${DEFAULT-VALUE})")
    private int subjects;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "cohort seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--sessions", paramLabel = "1|2", defaultValue = "2", description = "sessions (default: ${DEFAULT-VALUE})")
    private int sessions;

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1", description = "phantom matrix size factor (default: ${DEFAULT-VALUE})")
    private double scale;

    @Option(names = "--threads", paramLabel = "T", description = "studies processed at once (default: cores)")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        return ExperimentCommand.run(new ExperimentOptions(new CohortSource.Synthetic(subjects, seed, sessions, scale),
                Method.parse("all"), threads, out, 1));
    }
}
