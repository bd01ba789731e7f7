package org.petface.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.petface.reader.SeriesRecord;

/** Formats scan rows as aligned text for a terminal and as CSV for files. Shows pseudonymous keys only. */
final class SeriesTable {

    static final List<String> HEADER = List.of("status", "reason", "source", "modality", "patient_key", "study_uid",
            "series_uid", "part", "slices", "rows_x_cols", "spacing_mm", "transfer_syntaxes", "units", "location");

    private SeriesTable() {
    }

    static List<String> cells(SeriesRecord r, Path base) {
        return List.of(r.status().code().name(), r.status().reason(), r.source().name(), r.modality().name(),
                r.patientKey(), r.studyUid(), r.seriesUid(), r.part() + "/" + r.partCount(),
                Integer.toString(r.sliceCount()), r.rows() + "x" + r.columns(), spacing(r),
                String.join(" ", r.transferSyntaxes().stream().sorted().toList()), r.units(),
                relative(base, r.location()));
    }

    private static String spacing(SeriesRecord r) {
        if (r.pixelSpacing() == null) {
            return "";
        }
        String slice = Double.isNaN(r.sliceSpacing()) ? "?" : fmt(r.sliceSpacing());
        return fmt(r.pixelSpacing()[0]) + "x" + fmt(r.pixelSpacing()[1]) + "x" + slice;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String relative(Path base, Path p) {
        try {
            return base.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize()).toString();
        } catch (IllegalArgumentException e) {
            return p.toString();
        }
    }

    static void writeCsv(List<SeriesRecord> rows, Path base, Writer out) throws IOException {
        out.write(String.join(",", HEADER));
        out.write('\n');
        for (SeriesRecord r : rows) {
            out.write(cells(r, base).stream().map(SeriesTable::csvField).collect(Collectors.joining(",")));
            out.write('\n');
        }
    }

    private static String csvField(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** Aligned columns (without the long UIDs) for reading in a terminal. */
    static String formatText(List<SeriesRecord> rows, Path base) {
        List<Integer> shown = List.of(0, 3, 4, 7, 8, 9, 10, 12, 13, 1);
        List<List<String>> table = new java.util.ArrayList<>();
        table.add(shown.stream().map(HEADER::get).toList());
        for (SeriesRecord r : rows) {
            List<String> c = cells(r, base);
            table.add(shown.stream().map(c::get).toList());
        }
        int[] width = new int[shown.size()];
        for (List<String> row : table) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : table) {
            for (int i = 0; i < row.size(); i++) {
                boolean last = i == row.size() - 1;
                sb.append(last ? row.get(i) : String.format(Locale.ROOT, "%-" + width[i] + "s  ", row.get(i)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
