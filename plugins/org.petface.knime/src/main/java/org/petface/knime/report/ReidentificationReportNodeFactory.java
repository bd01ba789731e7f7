package org.petface.knime.report;

import org.petface.knime.common.ParametersNodeFactory;

/** The Re-identification Report node: writes the HTML report of a Face Matcher (ReidentificationReportNodeFactory.xml). */
public final class ReidentificationReportNodeFactory extends ParametersNodeFactory<ReidentificationReportNodeModel> {

    public ReidentificationReportNodeFactory() {
        super(ReidentificationReportNodeParameters.class);
    }

    @Override
    public ReidentificationReportNodeModel createNodeModel() {
        return new ReidentificationReportNodeModel();
    }
}
