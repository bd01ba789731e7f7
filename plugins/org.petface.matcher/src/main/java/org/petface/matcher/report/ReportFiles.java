package org.petface.matcher.report;

import java.nio.file.Path;

/** The files a report consists of. */
public record ReportFiles(Path html, Path metricsJson, Path ranksCsv) {
}
