package org.petface.knime.reader;

import org.petface.knime.common.ParametersNodeFactory;
import org.petface.reader.SourceKind;

/** The DICOM Reader node: one row per DICOM series or unreadable file (description in DicomReaderNodeFactory.xml). */
public final class DicomReaderNodeFactory extends ParametersNodeFactory<SeriesReaderNodeModel> {

    public DicomReaderNodeFactory() {
        super(SeriesReaderNodeParameters.class);
    }

    @Override
    public SeriesReaderNodeModel createNodeModel() {
        return new SeriesReaderNodeModel(SourceKind.DICOM);
    }
}
