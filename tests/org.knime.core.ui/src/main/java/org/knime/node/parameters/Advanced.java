package org.knime.node.parameters;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/Advanced.java
@Retention(RetentionPolicy.RUNTIME)
public @interface Advanced {
}
