package org.knime.core.node;

import java.util.function.Supplier;

// Mirrors knime-core org.knime.core/src/eclipse/org/knime/core/node/NodeLogger.java
// Node classes create their logger in a static initialiser, so the stub hands out a logger that discards messages.
public final class NodeLogger {

    private NodeLogger() {
    }

    public static NodeLogger getLogger(final Class<?> c) {
        return new NodeLogger();
    }

    public static NodeLogger getLogger(final String s) {
        return new NodeLogger();
    }

    public void debug(final Object o) {
    }

    public void debug(final Supplier<Object> supplier) {
    }

    public void debug(final Object o, final Throwable t) {
    }

    public void info(final Object o) {
    }

    public void info(final Supplier<Object> supplier) {
    }

    public void info(final Object o, final Throwable t) {
    }

    public void warn(final Object o) {
    }

    public void warn(final Supplier<Object> supplier) {
    }

    public void warn(final Object o, final Throwable t) {
    }

    public void error(final Object o) {
    }

    public void error(final Supplier<Object> supplier) {
    }

    public void error(final Object o, final Throwable t) {
    }

    public void debugWithFormat(final String format, final Object... args) {
    }

    public void infoWithFormat(final String format, final Object... args) {
    }

    public void warnWithFormat(final String format, final Object... args) {
    }

    public void errorWithFormat(final String format, final Object... args) {
    }

    public boolean isDebugEnabled() {
        return false;
    }
}
