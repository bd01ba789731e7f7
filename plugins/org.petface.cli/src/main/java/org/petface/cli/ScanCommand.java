package org.petface.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.petface.reader.ScanOptions;
import org.petface.reader.ScanResult;
import org.petface.reader.SeriesScanner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code petface scan DIR}: one line per series or unreadable file. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Lists the image series (DICOM and NIfTI) under a folder: status, reason, modality, "
                + "pseudonymous patient key, UIDs, slices, size, spacing, transfer syntaxes, units.")
final class ScanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "folder (searched recursively) or file")
    private Path input;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write all columns as CSV to FILE")
    private Path csv;

    @Option(names = "--threads", paramLabel = "N", description = "header-reading threads (default: cores)")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        Inputs.requireExisting(input);
        ScanResult result = new SeriesScanner(ScanOptions.defaults().withThreads(threads)).apply(input);
        Path base = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
        System.out.print(SeriesTable.formatText(result.rows(), base));
        System.out.printf("%d series, %d unreadable files%n", result.series().size(), result.badFiles().size());
        if (csv != null) {
            Inputs.requireNotInside(csv, input);
            try (Writer w = Files.newBufferedWriter(csv)) {
                SeriesTable.writeCsv(result.rows(), base, w);
            }
        }
        return 0;
    }
}
