package org.knime.node.parameters.widget.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.knime.node.parameters.widget.text.TextInputWidgetValidation.MaxLengthValidation;
import org.knime.node.parameters.widget.text.TextInputWidgetValidation.MinLengthValidation;
import org.knime.node.parameters.widget.text.TextInputWidgetValidation.PatternValidation;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/widget/text/TextInputWidget.java
// The state-provider elements are left out (their defaults are internal classes).
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface TextInputWidget {

    String placeholder() default "";

    Class<? extends PatternValidation> patternValidation() default PatternValidation.class;

    Class<? extends MaxLengthValidation> maxLengthValidation() default MaxLengthValidation.class;

    Class<? extends MinLengthValidation> minLengthValidation() default MinLengthValidation.class;
}
