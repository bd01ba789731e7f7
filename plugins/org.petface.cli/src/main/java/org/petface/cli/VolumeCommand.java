package org.petface.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.petface.core.Volume;
import org.petface.core.VoxelGrid;
import org.petface.nifti.NiftiWriter;
import org.petface.volume.Reconstruction;
import org.petface.volume.ReconstructionOptions;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code petface volume}: one series to a Volume, written as NIfTI. */
@Command(name = "volume", mixinStandardHelpOptions = true,
        description = "Reconstructs the volume of a DICOM series folder or a NIfTI file (CT in HU, PET in SUVbw "
                + "when the DICOM attributes allow it, else Bq/ml) and writes it as NIfTI.")
final class VolumeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INPUT", description = "DICOM series folder or .nii/.nii.gz file")
    private Path input;

    @Option(names = "--out", paramLabel = "FILE.nii.gz", required = true, description = "NIfTI file to write")
    private Path out;

    @Option(names = "--spacing", paramLabel = "MM", description = "resample to isotropic spacing (trilinear)")
    private double spacing;

    @Option(names = "--crop-head", description = "crop to the head (from the body mask's superior end)")
    private boolean cropHead;

    @Option(names = "--canonical", description = "reorder the voxel axes to L, P, S (exact, no interpolation)")
    private boolean canonical;

    @Option(names = "--series", paramLabel = "UID", description = "SeriesInstanceUID to use when INPUT holds several")
    private String seriesUid;

    @Override
    public Integer call() throws IOException {
        Inputs.requireExisting(input);
        Inputs.requireNotInside(out, input);
        ReconstructionOptions options = ReconstructionOptions.defaults()
                .withTargetSpacingMm(spacing).withCropToHead(cropHead).withReorientToCanonical(canonical);
        Reconstruction result = SeriesSelection.reconstruct(input, seriesUid, options);
        result.notes().forEach(n -> System.err.println("  " + n));
        if (result.status().isError()) {
            throw new IOException(input + ": " + result.status().reason());
        }
        if (!result.status().isOk()) {
            System.err.println("warning: " + result.status().reason());
        }
        Volume volume = result.volume();
        NiftiWriter.write(volume, out);
        VoxelGrid g = volume.grid();
        double[] s = g.spacing();
        System.out.printf(Locale.ROOT, "%s: %s %dx%dx%d voxels of %.3fx%.3fx%.3f mm, unit %s%n", out,
                volume.modality(), g.nx(), g.ny(), g.nz(), s[0], s[1], s[2], volume.unit().label());
        return 0;
    }
}
