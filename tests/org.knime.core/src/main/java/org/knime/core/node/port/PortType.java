package org.knime.core.node.port;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/port/PortType.java
public final class PortType {

    public PortType(final Class<? extends PortObject> objectClass, final boolean isOptional) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public PortType(final Class<? extends PortObject> objectClass) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Class<? extends PortObjectSpec> getPortObjectSpecClass() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public Class<? extends PortObject> getPortObjectClass() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public boolean isOptional() {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
