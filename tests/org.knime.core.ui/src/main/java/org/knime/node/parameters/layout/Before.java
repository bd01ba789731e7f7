package org.knime.node.parameters.layout;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/layout/Before.java
// The real annotation is @Repeatable (container in an internal package); the stub allows one use per type.
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Before {

    Class<?> value();
}
