package org.petface.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.petface.reader.ScanOptions;
import org.petface.reader.ScanResult;
import org.petface.reader.SeriesRecord;
import org.petface.reader.SeriesScanner;

/** Picks the series a command works on from what the reader finds in a folder. */
final class SeriesSelection {

    private SeriesSelection() {
    }

    /** The one image series in a folder (or the one with the given UID); a clear error otherwise. */
    static SeriesRecord only(Path folder, String seriesUid, ScanOptions options) throws IOException {
        ScanResult scan = new SeriesScanner(options).apply(folder);
        List<SeriesRecord> series = scan.series().stream()
                .filter(s -> seriesUid == null || s.seriesUid().equals(seriesUid))
                .toList();
        if (series.isEmpty()) {
            String why = scan.badFiles().isEmpty() ? "no image files"
                    : scan.badFiles().size() + " unreadable file(s), e.g. " + scan.badFiles().get(0).location() + ": "
                            + scan.badFiles().get(0).status().reason();
            throw new IOException(folder + ": no image series" + (seriesUid == null ? "" : " with UID " + seriesUid)
                    + " (" + why + ")");
        }
        if (series.size() > 1) {
            throw new IOException(folder + ": holds " + series.size() + " series; choose one with --series UID "
                    + "(see petface scan)");
        }
        return series.get(0);
    }
}
