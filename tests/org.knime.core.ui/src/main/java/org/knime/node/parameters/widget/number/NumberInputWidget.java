package org.knime.node.parameters.widget.number;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.knime.core.webui.node.dialog.defaultdialog.widget.updates.TypeDependentMaxValidation;
import org.knime.core.webui.node.dialog.defaultdialog.widget.updates.TypeDependentMinValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MaxValidation;
import org.knime.node.parameters.widget.number.NumberInputWidgetValidation.MinValidation;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/widget/number/NumberInputWidget.java
// The state-provider validations are left out (their defaults are internal classes).
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface NumberInputWidget {

    Class<? extends MinValidation> minValidation() default TypeDependentMinValidation.class;

    Class<? extends MaxValidation> maxValidation() default TypeDependentMaxValidation.class;
}
