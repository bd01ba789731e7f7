package org.knime.node.parameters.layout;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/layout/Section.java
// title() has a default ("") in 5.6 but none from 5.7 on; the stub requires it so our code works with both.
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Section {

    String title();

    String description() default "";

    boolean sideDrawer() default false;
}
