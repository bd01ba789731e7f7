package org.knime.node.parameters.widget.choices;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/widget/choices/ChoicesProvider.java
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ChoicesProvider {

    @SuppressWarnings("rawtypes")
    Class<? extends ChoicesStateProvider> value();
}
