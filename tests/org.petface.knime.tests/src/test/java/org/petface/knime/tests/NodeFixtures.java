package org.petface.knime.tests;

import java.nio.file.Path;

import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.petface.knime.cohort.CohortNodeFactory;
import org.petface.knime.reader.DicomReaderNodeFactory;
import org.petface.knime.reader.NiftiReaderNodeFactory;
import org.petface.knime.render.FaceRendererNodeFactory;
import org.petface.knime.surface.SurfaceExtractorNodeFactory;
import org.petface.knime.volume.VolumeReconstructorNodeFactory;

/** Runs the cohort node with small settings, as a test input for the other nodes. */
final class NodeFixtures {

    private NodeFixtures() {
    }

    static KnimeConfig cohortSettings(final Path folder, final String format) {
        final KnimeConfig s = new KnimeConfig("model");
        s.addString("outputFolder", folder.toString());
        s.addInt("subjects", 2);
        s.addInt("sessions", 1);
        s.addLong("seed", 7);
        s.addString("format", format);
        s.addDouble("resolutionScale", 0.25);
        return s;
    }

    static BufferedDataTable cohort(final Path folder, final String format) throws Exception {
        final NodeModel model = new CohortNodeFactory().createNodeModel();
        NodeHarness.loadSettings(model, cohortSettings(folder, format));
        return NodeHarness.execute(model, NodeHarness.newExecutionContext());
    }

    static KnimeConfig readerSettings(final String folder, final String pathColumn) {
        final KnimeConfig s = new KnimeConfig("model");
        s.addString("folder", folder);
        s.addString("pathColumn", pathColumn);
        s.addBoolean("recursive", true);
        return s;
    }

    static KnimeConfig reconstructorSettings() {
        final KnimeConfig s = new KnimeConfig("model");
        s.addDouble("targetSpacingMm", 2.0);
        s.addBoolean("reorientToCanonical", true);
        s.addBoolean("cropToHead", true);
        return s;
    }

    static KnimeConfig surfaceSettings(final String threshold) {
        final KnimeConfig s = new KnimeConfig("model");
        s.addString("volumeColumn", "Volume");
        s.addString("threshold", threshold);
        s.addBoolean("cropToHead", true);
        s.addBoolean("fillHoles", true);
        s.addInt("smoothingIterations", 5);
        s.addInt("targetTriangles", 0);
        return s;
    }

    static KnimeConfig renderSettings(final int size) {
        final KnimeConfig s = new KnimeConfig("model");
        s.addString("inputColumn", "Mesh");
        s.addString("method", "MESH");
        s.addString("threshold", "");
        s.addInt("width", size);
        s.addInt("height", size);
        s.addDouble("yawDegrees", 0);
        s.addDouble("pitchDegrees", 0);
        return s;
    }

    /** Reduced-scale phantom cohort as NIfTI, read, reconstructed at 2 mm (2 subjects x CT and PET). */
    static BufferedDataTable volumes(final Path folder) throws Exception {
        cohort(folder, "NIFTI");
        final BufferedDataTable series = run(new NiftiReaderNodeFactory().createNodeModel(),
            readerSettings(folder.toString(), "path"));
        return run(new VolumeReconstructorNodeFactory().createNodeModel(), reconstructorSettings(), series);
    }

    static BufferedDataTable meshes(final BufferedDataTable volumes) throws Exception {
        return run(new SurfaceExtractorNodeFactory().createNodeModel(), surfaceSettings(""), volumes);
    }

    static BufferedDataTable renders(final BufferedDataTable meshes) throws Exception {
        return run(new FaceRendererNodeFactory().createNodeModel(), renderSettings(128), meshes);
    }

    static BufferedDataTable run(final NodeModel model, final KnimeConfig settings, final BufferedDataTable... in)
        throws Exception {
        NodeHarness.loadSettings(model, settings);
        return NodeHarness.execute(model, NodeHarness.newExecutionContext(),
            in.length == 0 ? new BufferedDataTable[]{null} : in);
    }

    /**
     * A DICOM phantom cohort of {@code subjects} at {@code resolutionScale} (patient keys tell the subjects apart),
     * read and reconstructed at {@code spacingMm}, not cropped (a PET skin threshold is a percentile of the volume,
     * so it needs the air around the head as the published pipeline has it).
     */
    static BufferedDataTable dicomVolumes(final Path folder, final int subjects, final double resolutionScale,
        final double spacingMm) throws Exception {
        final KnimeConfig cohort = cohortSettings(folder, "DICOM");
        cohort.addInt("subjects", subjects);
        cohort.addDouble("resolutionScale", resolutionScale);
        run(new CohortNodeFactory().createNodeModel(), cohort);
        final BufferedDataTable series = run(new DicomReaderNodeFactory().createNodeModel(),
            readerSettings(folder.toString(), "path"));
        final KnimeConfig reconstructor = reconstructorSettings();
        reconstructor.addDouble("targetSpacingMm", spacingMm);
        reconstructor.addBoolean("cropToHead", false);
        return run(new VolumeReconstructorNodeFactory().createNodeModel(), reconstructor, series);
    }
}
