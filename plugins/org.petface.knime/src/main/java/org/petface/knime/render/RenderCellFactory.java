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
import org.petface.render.FaceRender;
import org.petface.render.FaceRenderPng;
import org.petface.render.FaceRenderer;

/**
 * Appends the shaded frontal render and its depth map (both KNIME PNG image cells, shown in table views), the whole
 * render (camera and exact depth, for the depth descriptor of the Face Embedder), the number of face pixels and a
 * status to each row. A row without a mesh, or whose render fails, gets missing images and an
 * ERROR status.
 */
final class RenderCellFactory extends StageCellFactory {

    static final String RENDER = "Render";
    static final String DEPTH = "Depth";
    static final String FACE_RENDER = "Face render";
    static final String SURFACE_PIXELS = "Surface pixels";
    static final String STATUS = "Render status";
    static final String REASON = "Render reason";

    private final int m_meshColumn;

    private final FaceRenderer m_renderer;

    RenderCellFactory(final DataTableSpec input, final int meshColumn, final FaceRendererNodeParameters parameters) {
        super(outputColumns(input));
        m_meshColumn = meshColumn;
        m_renderer = new FaceRenderer(parameters.toOptions());
        setParallelProcessing(true);
    }

    static DataColumnSpec[] outputColumns(final DataTableSpec input) {
        return new DataColumnSpec[]{column(input, RENDER, PNGImageContent.TYPE),
            column(input, DEPTH, PNGImageContent.TYPE), column(input, FACE_RENDER, FaceRenderCell.TYPE),
            column(input, SURFACE_PIXELS, IntCell.TYPE), column(input, STATUS, StringCell.TYPE),
            column(input, REASON, StringCell.TYPE)};
    }

    @Override
    public DataCell[] getCells(final DataRow row, final long rowIndex) {
        final DataCell meshCell = row.getCell(m_meshColumn);
        if (meshCell.isMissing()) {
            return failed(row, "no mesh in this row");
        }
        final FaceRender render;
        try {
            render = m_renderer.apply(((MeshValue)meshCell).getMesh());
        } catch (IOException e) {
            return failed(row, "cannot read the mesh: " + e.getMessage());
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
