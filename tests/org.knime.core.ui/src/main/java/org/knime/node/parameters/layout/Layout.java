package org.knime.node.parameters.layout;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/layout/Layout.java
@Retention(RetentionPolicy.RUNTIME)
public @interface Layout {

    Class<?> value();
}
