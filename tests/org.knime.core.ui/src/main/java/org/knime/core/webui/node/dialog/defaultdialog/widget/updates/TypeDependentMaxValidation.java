package org.knime.core.webui.node.dialog.defaultdialog.widget.updates;

import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MaxValidation;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/core/webui/node/dialog/defaultdialog/widget/updates/TypeDependentMaxValidation.java
// Only the default value of NumberInputWidget.maxValidation(); members left out.
public abstract class TypeDependentMaxValidation extends MaxValidation {
}
