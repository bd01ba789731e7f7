package org.knime.node.parameters.updates;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/updates/Effect.java
// Not @Repeatable in 5.6 (it is from 5.7 on); one use per element is valid in both.
@Retention(RetentionPolicy.RUNTIME)
public @interface Effect {

    public enum EffectType {
        ENABLE, DISABLE, SHOW, HIDE
    }

    Class<? extends EffectPredicateProvider> predicate();

    EffectType type();
}
