package org.petface.knime.reader;

import org.petface.knime.common.ParametersNodeFactory;
import org.petface.reader.SourceKind;

/** The NIfTI Reader node: one row per NIfTI file (description in NiftiReaderNodeFactory.xml). */
public final class NiftiReaderNodeFactory extends ParametersNodeFactory<SeriesReaderNodeModel> {

    public NiftiReaderNodeFactory() {
        super(SeriesReaderNodeParameters.class);
    }

    @Override
    public SeriesReaderNodeModel createNodeModel() {
        return new SeriesReaderNodeModel(SourceKind.NIFTI);
    }
}
