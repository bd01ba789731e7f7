package org.petface.knime.matcher;

import java.io.IOException;
import java.util.List;

import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.petface.core.Mesh;
import org.petface.knime.data.MeshValue;
import org.petface.knime.matcher.MatchSides.Readout;
import org.petface.knime.matcher.MatchSides.Role;
import org.petface.knime.matcher.MatchSides.ValueColumn;
import org.petface.matcher.BootstrapOptions;
import org.petface.matcher.SimilarityMatrix;
import org.petface.matcher.shape.PreparedFace;
import org.petface.matcher.shape.ShapeMatchOptions;
import org.petface.matcher.shape.ShapeMatcher;

/**
 * Matches probe face meshes against gallery face meshes by 3-D surface registration (the engine's ShapeMatcher:
 * trimmed point-to-plane ICP of the face regions, scored by minus the residual), with the same three outputs as the
 * Face Matcher. A probe whose mesh is missing or has no usable face region is a miss with its reason; such gallery
 * rows are left out with a warning.
 */
final class FaceShapeMatcherNodeModel extends MatchNodeModel<FaceShapeMatcherNodeParameters, PreparedFace> {

    FaceShapeMatcherNodeModel() {
        super(FaceShapeMatcherNodeParameters.class, new FaceShapeMatcherNodeParameters());
    }

    @Override
    MatchSides<PreparedFace> sides() {
        final ShapeMatchOptions options = parameters().toOptions();
        return new MatchSides<>(parameters().selection(), new ValueColumn<>(parameters().m_meshColumn, "Mesh column",
            MeshValue.class, "mesh", (cell, role) -> face((MeshValue)cell, role, options)),
            "connect the output of a Surface Extractor node.");
    }

    private static Readout<PreparedFace> face(final MeshValue cell, final Role role, final ShapeMatchOptions options) {
        final Mesh mesh;
        try {
            mesh = cell.getMesh();
        } catch (IOException e) {
            return Readout.unusable("cannot read the mesh: " + e.getMessage());
        }
        final PreparedFace face =
            role == Role.PROBE ? ShapeMatcher.prepareProbe(mesh, options) : ShapeMatcher.prepareGallery(mesh, options);
        return face.usable() ? Readout.of(face) : Readout.unusable("no usable face region: " + face.status().reason());
    }

    @Override
    BootstrapOptions bootstrap() throws InvalidSettingsException {
        return parameters().bootstrap();
    }

    @Override
    SimilarityMatrix scores(final List<PreparedFace> probes, final List<PreparedFace> gallery,
        final ExecutionMonitor exec) throws Exception {
        return ShapeMatcher.match(probes, gallery, parameters().toOptions(), (done, count) -> {
            exec.checkCanceled();
            exec.setProgress((double)done / count, "Registered " + done + " of " + count + " probes");
        });
    }
}
