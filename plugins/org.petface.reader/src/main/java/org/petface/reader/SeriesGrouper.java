package org.petface.reader;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.petface.core.Modality;
import org.petface.core.Status;
import org.petface.core.VoxelUnit;
import org.petface.reader.dicom.DicomImageHeader;

/**
 * Turns image headers into series rows: grouped by SeriesInstanceUID, split where images differ in
 * orientation, size or pixel spacing, and split by acquisition (AcquisitionNumber, then EchoNumbers) when
 * images of one geometry repeat slice positions, as interleaved acquisitions sharing a UID do.
 */
final class SeriesGrouper {

    /** Positions closer than this (mm) along the slice normal count as the same slice. */
    private static final double SAME_POSITION_MM = 0.01;
    /** A gap this much larger than the median slice step is reported. */
    private static final double GAP_FACTOR = 1.5;

    private SeriesGrouper() {
    }

    /** One image with the header it came from. */
    private record Image(DicomImageHeader header, SliceRecord slice) {
    }

    /** Series rows, plus a row for each file that repeats a SOP instance an earlier file (path order) holds. */
    static List<SeriesRecord> group(List<DicomImageHeader> headers) {
        Map<String, List<Image>> bySeries = new LinkedHashMap<>();
        Map<String, Path> instances = new HashMap<>();
        List<SeriesRecord> rows = new ArrayList<>();
        for (DicomImageHeader h : headers) {
            String sop = h.slices().get(0).sopInstanceUid();
            Path original = sop.isEmpty() ? null : instances.putIfAbsent(sop, h.file());
            if (original != null) {
                rows.add(SeriesRecord.badFile(h.file(), SourceKind.DICOM, Status.warning(
                        "a copy of SOP instance " + sop + " already read from " + original + "; not used")));
                continue;
            }
            for (SliceRecord s : h.slices()) {
                bySeries.computeIfAbsent(h.seriesUid(), k -> new ArrayList<>()).add(new Image(h, s));
            }
        }
        for (List<Image> series : bySeries.values()) {
            List<List<Image>> parts = new ArrayList<>();
            for (List<Image> sameGeometry : splitBy(series, SeriesGrouper::geometryKey)) {
                parts.addAll(splitByAcquisition(sameGeometry));
            }
            for (int p = 0; p < parts.size(); p++) {
                rows.add(toRow(parts.get(p), p + 1, parts.size()));
            }
        }
        return rows;
    }

    private static List<List<Image>> splitBy(List<Image> images, Function<Image, String> key) {
        Map<String, List<Image>> groups = new LinkedHashMap<>();
        for (Image i : images) {
            groups.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(groups.values());
    }

    private static String geometryKey(Image i) {
        SliceRecord s = i.slice;
        return String.join("|", i.header.modality().name(), i.header.studyUid(), i.header.patientKey(),
                s.rows() + "x" + s.columns(), rounded(s.imageOrientationPatient(), 1e-4),
                rounded(s.pixelSpacing(), 1e-4), s.hasGeometry() ? "geometry" : "no geometry");
    }

    private static String rounded(double[] v, double step) {
        if (v == null) {
            return "-";
        }
        StringBuilder b = new StringBuilder();
        for (double x : v) {
            b.append(Math.round(x / step)).append(',');
        }
        return b.toString();
    }

    /** Splits images that repeat slice positions by the first acquisition attribute that makes them unique. */
    private static List<List<Image>> splitByAcquisition(List<Image> images) {
        if (duplicatePositions(images) == 0) {
            return List.of(images);
        }
        List<Function<Image, String>> keys = List.of(i -> i.header.acquisitionNumber(), i -> i.header.echoNumbers(),
                i -> i.slice.acquisitionDate() + i.slice.acquisitionTime());
        for (Function<Image, String> key : keys) {
            List<List<Image>> parts = splitBy(images, key);
            // Some scanners number every slice as its own acquisition: a split must leave real series behind.
            boolean substantial = parts.size() > 1 && parts.size() * 2 <= images.size();
            if (substantial && parts.stream().allMatch(p -> duplicatePositions(p) == 0)) {
                return parts;
            }
        }
        return List.of(images);
    }

    private static int duplicatePositions(List<Image> images) {
        if (!images.get(0).slice.hasGeometry()) {
            return 0;
        }
        double[] d = sortedDistances(images);
        int duplicates = 0;
        for (int k = 1; k < d.length; k++) {
            duplicates += d[k] - d[k - 1] < SAME_POSITION_MM ? 1 : 0;
        }
        return duplicates;
    }

    /** Slice positions projected on the normal of the first image, sorted. */
    private static double[] sortedDistances(List<Image> images) {
        double[] normal = images.get(0).slice.sliceNormal();
        double[] d = new double[images.size()];
        for (int k = 0; k < d.length; k++) {
            double[] p = images.get(k).slice.imagePositionPatient();
            d[k] = p[0] * normal[0] + p[1] * normal[1] + p[2] * normal[2];
        }
        Arrays.sort(d);
        return d;
    }

    private static SeriesRecord toRow(List<Image> images, int part, int partCount) {
        DicomImageHeader first = images.get(0).header;
        SliceRecord firstSlice = images.get(0).slice;
        Set<String> syntaxes = new TreeSet<>();
        Set<Path> files = new HashSet<>();
        for (Image i : images) {
            syntaxes.add(i.slice.transferSyntaxUid());
            files.add(i.slice.file());
        }
        List<String> warnings = new ArrayList<>();
        Status status = Status.ok();
        double sliceSpacing = Double.NaN;
        if (firstSlice.hasGeometry() && images.size() > 1) {
            int duplicates = duplicatePositions(images);
            if (duplicates > 0) {
                status = Status.error("inconsistent slices: " + duplicates
                        + " images repeat a slice position and no acquisition attribute separates them");
            } else {
                double[] d = sortedDistances(images);
                double[] steps = new double[d.length - 1];
                for (int k = 1; k < d.length; k++) {
                    steps[k - 1] = d[k] - d[k - 1];
                }
                double[] sorted = steps.clone();
                Arrays.sort(sorted);
                sliceSpacing = sorted[sorted.length / 2];
                if (sorted[sorted.length - 1] > GAP_FACTOR * sliceSpacing) {
                    warnings.add(String.format(Locale.ROOT, "uneven slice spacing: a gap of %.3f mm, median %.3f mm",
                            sorted[sorted.length - 1], sliceSpacing));
                }
            }
        }
        Modality modality = first.modality();
        SuvParameters suv = modality == Modality.PT ? seriesSuv(images) : null;
        VoxelUnit unit = voxelUnit(modality, first.units(), suv, images, warnings);
        if (status.isOk() && !warnings.isEmpty()) {
            status = Status.warning(String.join("; ", warnings));
        }
        Path folder = firstSlice.file().toAbsolutePath().getParent();
        return new SeriesRecord(status, SourceKind.DICOM, folder == null ? firstSlice.file() : folder, modality,
                first.patientKey(), first.studyUid(), studyStart(images), first.seriesUid(), first.seriesNumber(), part,
                partCount, images.size(), firstSlice.rows(), firstSlice.columns(), firstSlice.pixelSpacing(), sliceSpacing,
                syntaxes, modality == Modality.CT ? "HU" : first.units(), unit, suv,
                images.stream().map(Image::slice).toList());
    }

    /** The earliest StudyDate/StudyTime its images state (they normally all state the same), null if none does. */
    private static LocalDateTime studyStart(List<Image> images) {
        LocalDateTime earliest = null;
        for (Image i : images) {
            LocalDateTime t = DicomDateTimes.dateWithOptionalTime(i.header.studyDate(), i.header.studyTime());
            if (t != null && (earliest == null || t.isBefore(earliest))) {
                earliest = t;
            }
        }
        return earliest;
    }

    /** The series' SUV attributes, with the acquisition date/time of its earliest image (QIBA scan start). */
    private static SuvParameters seriesSuv(List<Image> images) {
        Image earliest = null;
        LocalDateTime earliestTime = null;
        for (Image i : images) {
            LocalDateTime t = DicomDateTimes.dateTime(i.slice.acquisitionDate(), i.slice.acquisitionTime());
            if (t != null && (earliestTime == null || t.isBefore(earliestTime))) {
                earliest = i;
                earliestTime = t;
            }
        }
        SuvParameters s = images.get(0).header.suv();
        return earliest == null ? s : new SuvParameters(s.units(), s.decayCorrection(), s.radionuclideTotalDoseBq(),
                s.radionuclideHalfLifeSeconds(), s.radiopharmaceuticalStartDateTime(), s.radiopharmaceuticalStartTime(),
                s.seriesDate(), s.seriesTime(), earliest.slice.acquisitionDate(), earliest.slice.acquisitionTime(),
                s.patientWeightKg());
    }

    private static VoxelUnit voxelUnit(Modality modality, String units, SuvParameters suv, List<Image> images,
                                       List<String> warnings) {
        if (modality == Modality.CT) {
            return VoxelUnit.HU;
        }
        if (modality != Modality.PT) {
            return VoxelUnit.UNITLESS;
        }
        switch (units.toUpperCase(Locale.ROOT)) {
            case "GML" -> {
                return VoxelUnit.SUV_BW;
            }
            case "BQML" -> {
                String reason = suvUnavailableReason(suv, images);
                if (reason == null) {
                    return VoxelUnit.SUV_BW;
                }
                warnings.add("SUV not available, Bq/ml only: " + reason);
                return VoxelUnit.BQML;
            }
            default -> {
                warnings.add("PET Units '" + units + "' are neither BQML nor GML");
                return VoxelUnit.UNITLESS;
            }
        }
    }

    private static String suvUnavailableReason(SuvParameters suv, List<Image> images) {
        if (!"NONE".equals(suv.decayCorrection())) {
            SuvFactor f = suv.suvBwFactor();
            return f.isAvailable() ? null : f.reason();
        }
        for (Image i : images) {
            SuvFactor f = suv.suvBwFactorAt(i.slice.acquisitionDate(), i.slice.acquisitionTime());
            if (!f.isAvailable()) {
                return f.reason();
            }
        }
        return null;
    }
}
