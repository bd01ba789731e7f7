package org.knime.core.data.vector.doublevector;

import org.knime.core.data.DataValue;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/data/vector/doublevector/DoubleVectorValue.java (UTILITY left out)
public interface DoubleVectorValue extends DataValue {

    int getLength();

    double getValue(final int index);
}
