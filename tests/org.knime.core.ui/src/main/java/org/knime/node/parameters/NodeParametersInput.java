package org.knime.node.parameters;

import java.util.Optional;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/node/parameters/NodeParametersInput.java
public interface NodeParametersInput {

    PortType[] getInPortTypes();

    PortObjectSpec[] getInPortSpecs();

    Optional<PortObjectSpec> getInPortSpec(final int portIndex);

    DataTableSpec[] getInTableSpecs();

    Optional<DataTableSpec> getInTableSpec(final int portIndex);

    PortObject[] getInPortObjects();

    Optional<PortObject> getInPortObject(final int portIndex);

    BufferedDataTable[] getInTables();

    Optional<BufferedDataTable> getInTable(final int portIndex);
}
