package org.knime.core.node.config.base;

// Mirrors knime-shared org.knime.core.util/src/main/java/org/knime/core/node/config/base/ConfigBaseWO.java
public interface ConfigBaseWO {

    String getKey();

    void addInt(String key, int value);

    void addLong(String key, long value);

    void addDouble(String key, double value);

    void addFloat(String key, float value);

    void addBoolean(String key, boolean value);

    void addString(String key, String value);

    void addIntArray(String key, int... values);

    void addLongArray(String key, long... values);

    void addDoubleArray(String key, double... values);

    void addStringArray(String key, String... values);
}
