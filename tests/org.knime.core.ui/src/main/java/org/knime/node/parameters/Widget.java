package org.knime.node.parameters;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/Widget.java
// effect() is left out on purpose: it is Effect in 5.6 but Effect[] from 5.7 on, so a value compiled against either
// breaks on the other. Put @Effect on the field instead (valid in both).
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@Inherited
public @interface Widget {

    String title();

    String description();

    boolean advanced() default false;
}
