package org.knime.node.parameters.widget.choices.util;

import java.util.Collection;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataValue;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/widget/choices/util/CompatibleColumnsProvider.java
public class CompatibleColumnsProvider implements FilteredInputTableColumnsProvider {

    // Constructors do nothing in the stub so petface providers can be instantiated in tests.
    protected CompatibleColumnsProvider(final Class<? extends DataValue> valueClass) {
    }

    protected CompatibleColumnsProvider(final Collection<Class<? extends DataValue>> valueClasses) {
    }

    @Override
    public boolean isIncluded(final DataColumnSpec col) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static class StringColumnsProvider extends CompatibleColumnsProvider {

        protected StringColumnsProvider() {
            super((Class<? extends DataValue>)null);
        }
    }

    public static class DoubleColumnsProvider extends CompatibleColumnsProvider {

        protected DoubleColumnsProvider() {
            super((Class<? extends DataValue>)null);
        }
    }
}
