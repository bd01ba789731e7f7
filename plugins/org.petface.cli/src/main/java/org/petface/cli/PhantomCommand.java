package org.petface.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.petface.phantom.CohortGenerator;
import org.petface.phantom.CohortOptions;
import org.petface.phantom.CohortResult;
import org.petface.phantom.OutputFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code petface phantom}: writes the synthetic PET/CT head cohort. */
@Command(name = "phantom", mixinStandardHelpOptions = true,
        description = "Writes a synthetic PET/CT head cohort with known identities (DICOM and/or NIfTI) "
                + "and manifest.csv as ground truth. The same seed gives the same bytes.")
final class PhantomCommand implements Callable<Integer> {

    @Option(names = "--subjects", paramLabel = "N", required = true, description = "number of subjects")
    private int subjects;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "cohort seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output folder (new or empty)")
    private Path out;

    @Option(names = "--sessions", paramLabel = "1|2", defaultValue = "1",
            description = "1, or 2 for a repeat visit per subject (default: ${DEFAULT-VALUE})")
    private int sessions;

    @Option(names = "--format", paramLabel = "dicom|nifti|both", defaultValue = "dicom",
            description = "output format (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: cores)")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--scale", paramLabel = "F", defaultValue = "1",
            description = "matrix size factor, 1 = clinical sizes; e.g. 0.25 for a quick small cohort")
    private double scale;

    @Override
    public Integer call() throws IOException {
        CohortResult result = generate(new CohortOptions(subjects, seed, sessions, parseFormat(format), out,
                threads, scale));
        return result.allOk() ? 0 : 1;
    }

    static CohortResult generate(CohortOptions options) throws IOException {
        Inputs.prepareOutputFolder(options.outputDirectory(), CohortGenerator.MANIFEST);
        System.err.printf(Locale.ROOT, "generating %d subject(s) x %d session(s), seed %d, into %s ...%n",
                options.subjects(), options.sessions(), options.seed(), options.outputDirectory());
        long start = System.nanoTime();
        CohortResult result = CohortGenerator.apply(options);
        double seconds = (System.nanoTime() - start) / 1e9;
        result.outcomes().stream().filter(o -> !o.status().isOk()).forEach(o -> System.err.printf(
                "%s session %d: %s %s%n", o.subject(), o.session(), o.status().code(), o.status().reason()));
        System.out.printf(Locale.ROOT, "wrote %d series for %d subject(s) in %.1f s; ground truth: %s%n",
                result.entries().size(), options.subjects(), seconds, result.manifest());
        return result;
    }

    static OutputFormat parseFormat(String text) {
        try {
            return OutputFormat.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format must be dicom, nifti or both, not '" + text + "'");
        }
    }
}
