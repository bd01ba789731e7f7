package org.petface.knime.embedder;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.MissingCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.data.vector.doublevector.DoubleVectorCellFactory;
import org.petface.core.Embedding;
import org.petface.core.Status;
import org.petface.embedder.AnalyzedFace;
import org.petface.embedder.FaceAnalysis;
import org.petface.embedder.FaceAnalyzer;
import org.petface.embedder.FaceBox;
import org.petface.embedder.FaceImage;
import org.petface.knime.common.StageCellFactory;

/**
 * Appends the embedding of the best-scoring face in each row's image as a KNIME double vector, with the face box, the
 * detector score, the embedder's model id and a status. A row without an image, or without a face, gets missing
 * values and an ERROR status.
 */
final class EmbeddingCellFactory extends StageCellFactory {

    static final String EMBEDDING = "Embedding";
    static final String FACE_BOX = "Face box";
    static final String FACE_SCORE = "Face score";
    static final String MODEL = "Embedder";
    static final String STATUS = "Embedding status";
    static final String REASON = "Embedding reason";

    private final int m_imageColumn;

    private final FaceAnalyzer m_analyzer;

    /**
     * The analyzer is opened by the node model at execute time and closed by it afterwards; configure passes null, as
     * it only needs the column specs.
     */
    EmbeddingCellFactory(final DataTableSpec input, final int imageColumn, final FaceAnalyzer analyzer) {
        super(outputColumns(input));
        m_imageColumn = imageColumn;
        m_analyzer = analyzer;
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
        final DataCell imageCell = row.getCell(m_imageColumn);
        if (imageCell.isMissing()) {
            return failed(row, "no image in this row");
        }
        final BufferedImage image;
        try {
            image = ImageIO.read(
                new ByteArrayInputStream(((PNGImageValue)imageCell).getImageContent().getByteArrayReference()));
        } catch (IOException e) {
            return failed(row, "cannot decode the PNG image: " + e.getMessage());
        }
        if (image == null) {
            return failed(row, "the image cell holds no readable PNG");
        }
        final FaceAnalysis analysis;
        try (FaceImage face = FaceImage.of(image)) {
            analysis = m_analyzer.apply(face);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return failed(row, e.getMessage());
        }
        if (analysis.status().isError() || analysis.faces().isEmpty()) {
            return failed(row, analysis.status().reason());
        }
        final AnalyzedFace best = analysis.faces().get(0);
        final FaceBox box = best.box();
        final DataCell boxCell = new StringCell(String.format(Locale.ROOT, "%.1f,%.1f,%.1f,%.1f", box.x1(), box.y1(),
            box.x2(), box.y2()));
        if (best.embedding() == null || best.status().isError()) {
            recordFailure(row.getKey(), best.status().reason());
            final DataCell missing = new MissingCell(best.status().reason());
            return new DataCell[]{missing, boxCell, new DoubleCell(box.score()), new StringCell(m_analyzer.embedderId()),
                new StringCell(Status.Code.ERROR.name()), new StringCell(best.status().reason())};
        }
        return new DataCell[]{DoubleVectorCellFactory.createCell(toDoubles(best.embedding())), boxCell,
            new DoubleCell(box.score()), new StringCell(best.embedding().modelId()),
            new StringCell(best.status().code().name()), new StringCell(best.status().reason())};
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
