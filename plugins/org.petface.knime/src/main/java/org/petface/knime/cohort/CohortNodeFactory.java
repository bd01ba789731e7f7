package org.petface.knime.cohort;

import org.petface.knime.common.ParametersNodeFactory;

/** The Synthetic PET/CT Cohort node, a source of phantom studies with known identities (CohortNodeFactory.xml). */
public final class CohortNodeFactory extends ParametersNodeFactory<CohortNodeModel> {

    public CohortNodeFactory() {
        super(CohortNodeParameters.class);
    }

    @Override
    public CohortNodeModel createNodeModel() {
        return new CohortNodeModel();
    }
}
