package org.petface.knime.render;

import java.io.IOException;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageCellFactory;
import org.knime.core.data.image.png.PNGImageContent;
import org.petface.knime.common.StageCellFactory;
import org.petface.knime.data.FaceRenderCell;
import org.petface.knime.data.MeshValue;
import org.petface.knime.data.VolumeValue;
import org.petface.render.FaceRender;
import org.petface.render.FaceRenderPng;
import org.petface.render.FaceRenderer;
import org.petface.render.VolumeFaceRenderer;
import org.petface.render.VolumeRenderResult;

/**
 * Appends the shaded frontal render and its depth map (both KNIME PNG image cells, shown in table views), the whole
 * render (camera and exact depth, for the depth descriptor of the Face Embedder), the number of face pixels and a
 * status to each row; the input is a mesh, or a volume rendered by the engine's volume-to-face stage. A row without
 * input, or whose render fails, gets missing images and an ERROR status.
 */
final class RenderCellFactory extends StageCellFactory {

    static final String RENDER = "Render";
    static final String DEPTH = "Depth";
    static final String FACE_RENDER = "Face render";
    static final String SURFACE_PIXELS = "Surface pixels";
    static final String STATUS = "Render status";
    static final String REASON = "Render reason";

    /** A head volume takes tens of MB while it is rendered: a few rows at a time. */
    private static final int PARALLEL_VOLUMES = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    private final int m_inputColumn;

    private final boolean m_volumes;

    private final FaceRenderer m_meshRenderer;

    private final VolumeFaceRenderer m_volumeRenderer;

    /** @param volumes whether the input column holds volumes (else meshes) */
    RenderCellFactory(final DataTableSpec input, final int inputColumn, final boolean volumes,
        final FaceRendererNodeParameters parameters) {
        super(outputColumns(input));
        m_inputColumn = inputColumn;
        m_volumes = volumes;
        m_meshRenderer = new FaceRenderer(parameters.toOptions());
        m_volumeRenderer = new VolumeFaceRenderer(parameters.toVolumeOptions());
        if (volumes) {
            setParallelProcessing(true, PARALLEL_VOLUMES, 2 * PARALLEL_VOLUMES);
        } else {
            setParallelProcessing(true);
        }
    }

    static DataColumnSpec[] outputColumns(final DataTableSpec input) {
        return new DataColumnSpec[]{column(input, RENDER, PNGImageContent.TYPE),
            column(input, DEPTH, PNGImageContent.TYPE), column(input, FACE_RENDER, FaceRenderCell.TYPE),
            column(input, SURFACE_PIXELS, IntCell.TYPE), column(input, STATUS, StringCell.TYPE),
            column(input, REASON, StringCell.TYPE)};
    }

    @Override
    public DataCell[] getCells(final DataRow row, final long rowIndex) {
        final DataCell inputCell = row.getCell(m_inputColumn);
        final String kind = m_volumes ? "volume" : "mesh";
        if (inputCell.isMissing()) {
            return failed(row, "no " + kind + " in this row");
        }
        final FaceRender render;
        try {
            if (m_volumes) {
                final VolumeRenderResult result = m_volumeRenderer.apply(((VolumeValue)inputCell).getVolume());
                if (result.render() == null) {
                    return failed(row, "no skin surface: " + result.status().reason());
                }
                render = result.render();
            } else {
                render = m_meshRenderer.apply(((MeshValue)inputCell).getMesh());
            }
        } catch (IOException e) {
            return failed(row, "cannot read the " + kind + ": " + e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return failed(row, e.getMessage());
        }
        if (render.status().isError()) {
            return failed(row, render.status().reason());
        }
        final FaceRenderCell stored;
        try {
            stored =
                FaceRenderCell.create(getFileStoreFactory().createFileStore("render-" + rowIndex + ".pfr"), render);
        } catch (IOException e) {
            return failed(row, "cannot store the render: " + e.getMessage());
        }
        return new DataCell[]{PNGImageCellFactory.create(FaceRenderPng.image(render)),
            PNGImageCellFactory.create(FaceRenderPng.depth(render)), stored, new IntCell(render.surfacePixels()),
            new StringCell(render.status().code().name()), new StringCell(render.status().reason())};
    }
}
