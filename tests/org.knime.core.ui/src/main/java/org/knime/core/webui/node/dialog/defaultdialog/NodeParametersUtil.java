package org.knime.core.webui.node.dialog.defaultdialog;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.NodeParametersInput;
import org.knime.node.parameters.persistence.Persist;

// Mirrors knime-core-ui org.knime.core.ui/src/eclipse/org/knime/core/webui/node/dialog/defaultdialog/NodeParametersUtil.java
// Test-harness behaviour: the real default field persistence for the field types petface uses (boolean, int, long,
// double, String, enum by name): one entry per non-static field, keyed by @Persist(configKey) or else the field name
// without its "m_" prefix (knime-core-ui persistence/impl/defaultfield/DefaultFieldNodeSettingsPersistorFactory).
public final class NodeParametersUtil {

    private NodeParametersUtil() {
    }

    public static NodeParametersInput createDefaultNodeSettingsContext(final PortObjectSpec[] specs) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static <S extends NodeParameters> S loadSettings(final NodeSettingsRO settings, final Class<S> clazz)
        throws InvalidSettingsException {
        final S parameters = createSettings(clazz);
        for (final Field field : persistedFields(clazz)) {
            final String key = configKey(field);
            final Class<?> type = field.getType();
            final Object value;
            if (type == boolean.class) {
                value = settings.getBoolean(key);
            } else if (type == int.class) {
                value = settings.getInt(key);
            } else if (type == long.class) {
                value = settings.getLong(key);
            } else if (type == double.class) {
                value = settings.getDouble(key);
            } else if (type == String.class) {
                value = settings.getString(key);
            } else if (type.isEnum()) {
                value = enumConstant(type, key, settings.getString(key));
            } else {
                throw new UnsupportedOperationException("test harness: field type " + type + " is not persisted");
            }
            set(field, parameters, value);
        }
        return parameters;
    }

    private static Object enumConstant(final Class<?> type, final String key, final String name)
        throws InvalidSettingsException {
        for (final Object constant : type.getEnumConstants()) {
            if (((Enum<?>)constant).name().equals(name)) {
                return constant;
            }
        }
        throw new InvalidSettingsException("Invalid value \"" + name + "\" for \"" + key + "\"");
    }

    public static <S extends NodeParameters> S createSettings(final Class<S> clazz, final PortObjectSpec[] specs) {
        return createSettings(clazz);
    }

    public static <S extends NodeParameters> S createSettings(final Class<S> clazz,
        final NodeParametersInput context) {
        return createSettings(clazz);
    }

    public static <S extends NodeParameters> S createSettings(final Class<S> clazz) {
        try {
            final var constructor = clazz.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (final ReflectiveOperationException e) {
            throw new IllegalStateException(clazz + " needs a no-argument constructor", e);
        }
    }

    public static void saveSettings(final Class<? extends NodeParameters> settingsClass,
        final NodeParameters settingsObject, final NodeSettingsWO settings) {
        for (final Field field : persistedFields(settingsClass)) {
            final String key = configKey(field);
            final Class<?> type = field.getType();
            final Object value = get(field, settingsObject);
            if (type == boolean.class) {
                settings.addBoolean(key, (Boolean)value);
            } else if (type == int.class) {
                settings.addInt(key, (Integer)value);
            } else if (type == long.class) {
                settings.addLong(key, (Long)value);
            } else if (type == double.class) {
                settings.addDouble(key, (Double)value);
            } else if (type == String.class) {
                settings.addString(key, (String)value);
            } else if (type.isEnum()) {
                settings.addString(key, value == null ? null : ((Enum<?>)value).name());
            } else {
                throw new UnsupportedOperationException("test harness: field type " + type + " is not persisted");
            }
        }
    }

    private static List<Field> persistedFields(final Class<?> clazz) {
        final List<Field> fields = new ArrayList<>();
        for (final Field f : clazz.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                f.setAccessible(true);
                fields.add(f);
            }
        }
        return fields;
    }

    private static String configKey(final Field field) {
        final Persist persist = field.getAnnotation(Persist.class);
        if (persist != null && !persist.configKey().isEmpty()) {
            return persist.configKey();
        }
        final String name = field.getName();
        return name.startsWith("m_") ? name.substring(2) : name;
    }

    private static Object get(final Field field, final Object target) {
        try {
            return field.get(target);
        } catch (final IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(final Field field, final Object target, final Object value) {
        try {
            field.set(target, value);
        } catch (final IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
