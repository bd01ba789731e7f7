package org.petface.knime.embedder;

import java.io.IOException;
import java.util.Locale;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.MissingCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.vector.doublevector.DoubleVectorCellFactory;
import org.petface.core.Embedding;
import org.petface.core.Status;
import org.petface.embedder.FaceBox;
import org.petface.knime.common.StageCellFactory;

/**
 * Appends the embedding of each row's face (the best-scoring detected face, or the face the depth descriptor aligns
 * by its geometry) as a KNIME double vector, with the face box and detector score (missing when no detector ran),
 * the embedder's model id and a status. A row without input, or without a face, gets missing values and an ERROR
 * status.
 */
final class EmbeddingCellFactory extends StageCellFactory {

    static final String EMBEDDING = "Embedding";
    static final String FACE_BOX = "Face box";
    static final String FACE_SCORE = "Face score";
    static final String MODEL = "Embedder";
    static final String STATUS = "Embedding status";
    static final String REASON = "Embedding reason";

    private final int m_inputColumn;

    private final RowEmbedder m_embedder;

    /**
     * The embedder is opened by the node model at execute time and closed by it afterwards; configure passes null, as
     * it only needs the column specs.
     */
    EmbeddingCellFactory(final DataTableSpec input, final int inputColumn, final RowEmbedder embedder) {
        super(outputColumns(input));
        m_inputColumn = inputColumn;
        m_embedder = embedder;
        setParallelProcessing(true);
    }

    static DataColumnSpec[] outputColumns(final DataTableSpec input) {
        return new DataColumnSpec[]{column(input, EMBEDDING, DoubleVectorCellFactory.TYPE),
            column(input, FACE_BOX, StringCell.TYPE), column(input, FACE_SCORE, DoubleCell.TYPE),
            column(input, MODEL, StringCell.TYPE), column(input, STATUS, StringCell.TYPE),
            column(input, REASON, StringCell.TYPE)};
    }

    @Override
    public DataCell[] getCells(final DataRow row, final long rowIndex) {
        final DataCell input = row.getCell(m_inputColumn);
        if (input.isMissing()) {
            return failed(row, "no render or image in this row");
        }
        final EmbeddedFace face;
        try {
            face = m_embedder.embed(input);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return failed(row, e.getMessage());
        }
        final Status status = face.status();
        if (face.box() == null && face.embedding() == null) {
            return failed(row, status.reason());
        }
        final FaceBox box = face.box();
        final DataCell boxCell = box == null ? new MissingCell("the embedder finds the face without a detector")
            : new StringCell(String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.1f", box.x1(), box.y1(), box.x2(), box.y2()));
        final DataCell scoreCell = box == null ? new MissingCell("no detector ran") : new DoubleCell(box.score());
        if (face.embedding() == null) {
            recordFailure(row.getKey(), status.reason());
            return new DataCell[]{new MissingCell(status.reason()), boxCell, scoreCell,
                new StringCell(m_embedder.modelId()), new StringCell(Status.Code.ERROR.name()),
                new StringCell(status.reason())};
        }
        return new DataCell[]{DoubleVectorCellFactory.createCell(toDoubles(face.embedding())), boxCell, scoreCell,
            new StringCell(face.embedding().modelId()), new StringCell(status.code().name()),
            new StringCell(status.reason())};
    }

    private static double[] toDoubles(final Embedding embedding) {
        final float[] vector = embedding.vector();
        final double[] values = new double[vector.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = vector[i];
        }
        return values;
    }
}
