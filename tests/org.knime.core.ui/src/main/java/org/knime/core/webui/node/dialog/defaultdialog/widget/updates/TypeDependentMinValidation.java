package org.knime.core.webui.node.dialog.defaultdialog.widget.updates;

import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/core/webui/node/dialog/defaultdialog/widget/updates/TypeDependentMinValidation.java
// Only the default value of NumberInputWidget.minValidation(); members left out.
public abstract class TypeDependentMinValidation extends MinValidation {
}
