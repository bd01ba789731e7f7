package org.petface.knime.reader;

import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider.StringColumnsProvider;

/** Settings of the DICOM and NIfTI reader nodes. */
final class SeriesReaderNodeParameters implements NodeParameters {

    @Widget(title = "Folder", description = """
            The folder (or single file) to read when the input port is not connected. Nothing in it is modified.
            """)
    String m_folder = "";

    @Widget(title = "Path column", description = """
            When a table is connected: the column holding the folders or files to read (e.g. the path column of the
            Synthetic PET/CT Cohort node). Missing cells are skipped.
            """)
    @ChoicesProvider(StringColumnsProvider.class)
    String m_pathColumn = "path";

    @Widget(title = "Include sub-folders", description = "Also read the files in all sub-folders.")
    boolean m_recursive = true;
}
