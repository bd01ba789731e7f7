package org.petface.volume;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.petface.core.Status;
import org.petface.core.Volume;
import org.petface.nifti.NiftiImage;
import org.petface.nifti.NiftiReader;
import org.petface.nifti.VolumeKind;
import org.petface.reader.SeriesRecord;
import org.petface.reader.SourceKind;
import org.petface.volume.ops.CanonicalReorienter;
import org.petface.volume.ops.HeadCropper;
import org.petface.volume.ops.Processed;
import org.petface.volume.ops.TrilinearResampler;

/**
 * Stage 2: turns a series found by the reader (DICOM slices or a NIfTI file) into a {@link Volume} in LPS
 * millimetres and explicit units, then, as the options say, reorients it to canonical axis order, crops it to
 * the head and resamples it. Bad input gives an ERROR reconstruction with the reason, never an exception.
 */
public final class VolumeReconstructor {

    private final ReconstructionOptions options;

    public VolumeReconstructor(ReconstructionOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Reconstructs a series row of the reader: DICOM slices, or the NIfTI file the row names. */
    public Reconstruction apply(SeriesRecord series) {
        if (series.status().isError()) {
            return Reconstruction.failed(series.status().reason(), List.of());
        }
        if (series.source() == SourceKind.NIFTI) {
            return apply(series.location());
        }
        return finish(SeriesAssembler.assemble(series, options));
    }

    /** Reconstructs a NIfTI file (.nii or .nii.gz). */
    public Reconstruction apply(Path niftiFile) {
        NiftiImage image;
        try {
            image = NiftiReader.read(niftiFile);
        } catch (IOException | RuntimeException e) {
            return Reconstruction.failed(e.getMessage() == null ? niftiFile + ": " + e : e.getMessage(), List.of());
        }
        Volume volume = image.volume();
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "read %s %dx%dx%d (geometry from %s)", image.header().version(),
                volume.grid().nx(), volume.grid().ny(), volume.grid().nz(),
                image.header().geometrySource().name().toLowerCase(Locale.ROOT)));
        VolumeKind kind = new VolumeKind(volume.modality(), volume.unit());
        notes.add(kind.equals(VolumeKind.UNKNOWN)
                ? "modality and unit unknown (no petface descrip, not an AutoPET file name)"
                : volume.modality() + " in " + volume.unit().label());
        return finish(new Reconstruction(volume, Status.ok(), notes));
    }

    private Reconstruction finish(Reconstruction assembled) {
        if (assembled.status().isError()) {
            return assembled;
        }
        Volume volume = assembled.volume();
        List<String> notes = new ArrayList<>(assembled.notes());
        List<String> warnings = new ArrayList<>();
        if (!assembled.status().isOk()) {
            warnings.add(assembled.status().reason());
        }
        try {
            if (options.reorientToCanonical()) {
                volume = record(CanonicalReorienter.reorient(volume), notes, warnings);
            }
            if (options.cropToHead()) {
                volume = record(HeadCropper.crop(volume, options.headCrop()), notes, warnings);
            }
            if (options.resamples()) {
                volume = record(TrilinearResampler.resample(volume, options.targetSpacingMm(), options.threads()),
                        notes, warnings);
            }
        } catch (IllegalArgumentException e) {
            return Reconstruction.failed(e.getMessage(), notes);
        }
        Status status = warnings.isEmpty() ? Status.ok() : Status.warning(String.join("; ", warnings));
        return new Reconstruction(volume, status, notes);
    }

    private static Volume record(Processed step, List<String> notes, List<String> warnings) {
        if (!step.note().isEmpty()) {
            notes.add(step.note());
        }
        if (!step.status().isOk()) {
            warnings.add(step.status().reason());
            notes.add(step.status().reason());
        }
        return step.volume();
    }
}
