package org.petface.knime.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.StringValue;
import org.knime.core.data.image.png.PNGImageValue;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.petface.knime.common.InputColumns;
import org.petface.knime.common.RegularExpressionOption;
import org.petface.matcher.report.SubjectRenders;

/**
 * The report's optional renders input: per subject, the first render whose selection cell matches the probe pattern
 * beside the first that matches the gallery pattern, for the subjects of the ranks in their order.
 */
final class ReportRenders {

    private static final String HINT = "connect the output of a Face Renderer node (renders port).";

    private final ReidentificationReportNodeParameters m_parameters;

    ReportRenders(final ReidentificationReportNodeParameters parameters) {
        m_parameters = parameters;
    }

    /** Checks the columns the settings name; the selection column is optional. */
    void check(final DataTableSpec spec) throws InvalidSettingsException {
        InputColumns.require(spec, m_parameters.m_renderIdentityColumn, StringValue.class, "Renders: identity column",
            HINT);
        InputColumns.require(spec, m_parameters.m_renderImageColumn, PNGImageValue.class, "Renders: image column",
            HINT);
        if (!m_parameters.m_renderSelectionColumn.isBlank()) {
            InputColumns.require(spec, m_parameters.m_renderSelectionColumn, StringValue.class,
                "Renders: selection column", HINT);
        }
    }

    List<SubjectRenders> read(final BufferedDataTable renders, final List<String> subjects,
        final ExecutionMonitor exec) throws InvalidSettingsException, CanceledExecutionException {
        final DataTableSpec spec = renders.getDataTableSpec();
        check(spec);
        final int identity = spec.findColumnIndex(m_parameters.m_renderIdentityColumn);
        final int image = spec.findColumnIndex(m_parameters.m_renderImageColumn);
        final int selection = m_parameters.m_renderSelectionColumn.isBlank() ? -1
            : spec.findColumnIndex(m_parameters.m_renderSelectionColumn);
        final Pattern probe =
            RegularExpressionOption.compile("Renders: probe pattern", m_parameters.m_probeRenderPattern);
        final Pattern gallery =
            RegularExpressionOption.compile("Renders: gallery pattern", m_parameters.m_galleryRenderPattern);
        final Map<String, byte[]> probePngs = new HashMap<>();
        final Map<String, byte[]> galleryPngs = new HashMap<>();
        for (final DataRow row : renders) {
            exec.checkCanceled();
            final DataCell png = row.getCell(image);
            final String subject = text(row.getCell(identity));
            if (png.isMissing() || subject.isEmpty()) {
                continue;
            }
            final String selected = selection < 0 ? "" : text(row.getCell(selection));
            final byte[] bytes = ((PNGImageValue)png).getImageContent().getByteArrayReference();
            if (selection < 0 || probe.matcher(selected).matches()) {
                probePngs.putIfAbsent(subject, bytes);
            }
            if (selection < 0 || gallery.matcher(selected).matches()) {
                galleryPngs.putIfAbsent(subject, bytes);
            }
        }
        final List<SubjectRenders> out = new ArrayList<>();
        for (final String subject : subjects.stream().distinct().toList()) {
            out.add(new SubjectRenders(subject, probePngs.get(subject), m_parameters.m_probe,
                galleryPngs.get(subject), m_parameters.m_gallery));
        }
        return out;
    }

    private static String text(final DataCell cell) {
        return cell.isMissing() ? "" : ((StringValue)cell).getStringValue();
    }
}
