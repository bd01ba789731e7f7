package org.petface.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.petface.core.Volume;
import org.petface.reader.ScanOptions;
import org.petface.reader.ScanResult;
import org.petface.reader.SeriesRecord;
import org.petface.reader.SeriesScanner;
import org.petface.volume.Reconstruction;
import org.petface.volume.ReconstructionOptions;
import org.petface.volume.VolumeReconstructor;

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

    /** Stage 2 on a command's input: the one series of a DICOM folder (or the given UID), or a NIfTI file. */
    static Reconstruction reconstruct(Path input, String seriesUid, ReconstructionOptions options) throws IOException {
        VolumeReconstructor reconstructor = new VolumeReconstructor(options);
        return Files.isDirectory(input)
                ? reconstructor.apply(only(input, seriesUid, ScanOptions.defaults()))
                : reconstructor.apply(input);
    }

    /** The reconstructed volume of the input; a failed reconstruction is an error naming the input and the reason. */
    static Volume volume(Path input, String seriesUid, ReconstructionOptions options) throws IOException {
        Reconstruction result = reconstruct(input, seriesUid, options);
        if (result.status().isError()) {
            throw new IOException(input + ": " + result.status().reason());
        }
        return result.volume();
    }
}
