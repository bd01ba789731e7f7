package org.petface.reader;

import java.util.List;

/** What a scan found: series rows and bad-file rows, in a deterministic order (by location, then UID). */
public record ScanResult(List<SeriesRecord> rows) {

    public ScanResult {
        rows = List.copyOf(rows);
    }

    /** Rows that are series of images (any status). */
    public List<SeriesRecord> series() {
        return rows.stream().filter(SeriesRecord::isSeries).toList();
    }

    /** Rows for files that could not be read. */
    public List<SeriesRecord> badFiles() {
        return rows.stream().filter(r -> !r.isSeries()).toList();
    }
}
