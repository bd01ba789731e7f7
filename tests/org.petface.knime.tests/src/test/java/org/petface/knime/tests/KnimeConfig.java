package org.petface.knime.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.config.base.ConfigBaseWO;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A KNIME config tree as in settings.xml: typed entries (xstring, xint, xlong, xdouble, xfloat, xboolean, ...) and
 * nested configs, in insertion order. Reads and writes KNIME's config XML (namespace
 * http://www.knime.org/2008/09/XMLConfig); arrays are sub-configs with array-size, as KNIME stores them. Getters are
 * strict about types, as KNIME's are.
 */
public final class KnimeConfig implements NodeSettingsRO, NodeSettingsWO {

    public static final String NAMESPACE = "http://www.knime.org/2008/09/XMLConfig";

    /** A typed entry; value is the text KNIME writes (null when isnull="true"). */
    public record Entry(String type, String value) {
    }

    private static final Pattern ESCAPE = Pattern.compile("%%(\\d{5})");

    private final String m_key;

    private final Map<String, Object> m_children = new LinkedHashMap<>();

    public KnimeConfig(final String key) {
        m_key = key;
    }

    /** Reads a config XML file (settings.xml, workflow.knime). */
    public static KnimeConfig read(final Path file) throws Exception {
        final var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        final Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        if (!"config".equals(root.getLocalName()) || !NAMESPACE.equals(root.getNamespaceURI())) {
            throw new InvalidSettingsException(file + ": root is not a KNIME <config> element");
        }
        return fromElement(root);
    }

    private static KnimeConfig fromElement(final Element element) throws InvalidSettingsException {
        final KnimeConfig config = new KnimeConfig(element.getAttribute("key"));
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element child)) {
                continue;
            }
            final String key = child.getAttribute("key");
            if (config.m_children.containsKey(key)) {
                throw new InvalidSettingsException("duplicate key \"" + key + "\" in config \"" + config.m_key + "\"");
            }
            switch (child.getLocalName()) {
                case "config" -> config.m_children.put(key, fromElement(child));
                case "entry" -> config.m_children.put(key, new Entry(child.getAttribute("type"),
                    "true".equals(child.getAttribute("isnull")) ? null : unescape(child.getAttribute("value"))));
                default -> throw new InvalidSettingsException("unexpected element <" + child.getLocalName() + ">");
            }
        }
        return config;
    }

    private static String unescape(final String text) {
        final Matcher m = ESCAPE.matcher(text);
        final StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char)Integer.parseInt(m.group(1)))));
        }
        return m.appendTail(sb).toString();
    }

    /** The typed entries and sub-configs, in order. */
    public Map<String, Object> children() {
        return Collections.unmodifiableMap(m_children);
    }

    public KnimeConfig config(final String key) throws InvalidSettingsException {
        if (m_children.get(key) instanceof KnimeConfig c) {
            return c;
        }
        throw new InvalidSettingsException("Config for key \"" + key + "\" not found in \"" + m_key + "\"");
    }

    public Entry entry(final String key) throws InvalidSettingsException {
        if (m_children.get(key) instanceof Entry e) {
            return e;
        }
        throw new InvalidSettingsException("Entry for key \"" + key + "\" not found in \"" + m_key + "\"");
    }

    private String value(final String key, final String type) throws InvalidSettingsException {
        final Entry e = entry(key);
        if (!e.type().equals(type)) {
            throw new InvalidSettingsException("Entry \"" + key + "\" is " + e.type() + ", not " + type);
        }
        if (e.value() == null && !type.equals("xstring")) {
            throw new InvalidSettingsException("Entry \"" + key + "\" is null");
        }
        return e.value();
    }

    private void put(final String key, final String type, final String value) {
        m_children.put(key, new Entry(type, value));
    }

    @Override
    public void saveToXML(final OutputStream os) throws IOException {
        final Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        write(w, "", " xmlns=\"" + NAMESPACE + "\"");
        w.flush();
    }

    private void write(final Writer w, final String indent, final String rootAttributes) throws IOException {
        if (m_children.isEmpty()) {
            w.write(indent + "<config" + rootAttributes + " key=\"" + xml(m_key) + "\"/>\n");
            return;
        }
        w.write(indent + "<config" + rootAttributes + " key=\"" + xml(m_key) + "\">\n");
        for (final Map.Entry<String, Object> c : m_children.entrySet()) {
            if (c.getValue() instanceof KnimeConfig sub) {
                sub.write(w, indent + "    ", "");
            } else {
                final Entry e = (Entry)c.getValue();
                w.write(indent + "    <entry key=\"" + xml(c.getKey()) + "\" type=\"" + e.type() + "\""
                    + (e.value() == null ? " isnull=\"true\" value=\"\"" : " value=\"" + xml(e.value()) + "\"")
                    + "/>\n");
            }
        }
        w.write(indent + "</config>\n");
    }

    private static String xml(final String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void copyTo(final ConfigBaseWO config) {
        throw new UnsupportedOperationException("not needed by the tests");
    }

    @Override
    public String getKey() {
        return m_key;
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(m_children.keySet());
    }

    @Override
    public boolean containsKey(final String key) {
        return m_children.containsKey(key);
    }

    @Override
    public Iterator<String> iterator() {
        return keySet().iterator();
    }

    @Override
    public NodeSettingsRO getNodeSettings(final String key) throws InvalidSettingsException {
        return config(key);
    }

    @Override
    public NodeSettingsWO addNodeSettings(final String key) {
        final KnimeConfig sub = new KnimeConfig(key);
        m_children.put(key, sub);
        return sub;
    }

    @Override
    public int getInt(final String key) throws InvalidSettingsException {
        return Integer.parseInt(value(key, "xint"));
    }

    @Override
    public int getInt(final String key, final int def) {
        try {
            return getInt(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public long getLong(final String key) throws InvalidSettingsException {
        return Long.parseLong(value(key, "xlong"));
    }

    @Override
    public long getLong(final String key, final long def) {
        try {
            return getLong(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public double getDouble(final String key) throws InvalidSettingsException {
        return Double.parseDouble(value(key, "xdouble"));
    }

    @Override
    public double getDouble(final String key, final double def) {
        try {
            return getDouble(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public float getFloat(final String key) throws InvalidSettingsException {
        return Float.parseFloat(value(key, "xfloat"));
    }

    @Override
    public float getFloat(final String key, final float def) {
        try {
            return getFloat(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public boolean getBoolean(final String key) throws InvalidSettingsException {
        return Boolean.parseBoolean(value(key, "xboolean"));
    }

    @Override
    public boolean getBoolean(final String key, final boolean def) {
        try {
            return getBoolean(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public String getString(final String key) throws InvalidSettingsException {
        return value(key, "xstring");
    }

    @Override
    public String getString(final String key, final String def) {
        try {
            return getString(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    private String[] arrayValues(final String key) throws InvalidSettingsException {
        final KnimeConfig array = config(key);
        final String[] values = new String[array.getInt("array-size")];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.entry(Integer.toString(i)).value();
        }
        return values;
    }

    private void putArray(final String key, final String type, final String[] values) {
        final KnimeConfig array = new KnimeConfig(key);
        array.put("array-size", "xint", Integer.toString(values.length));
        for (int i = 0; i < values.length; i++) {
            array.put(Integer.toString(i), type, values[i]);
        }
        m_children.put(key, array);
    }

    @Override
    public int[] getIntArray(final String key) throws InvalidSettingsException {
        return Arrays.stream(arrayValues(key)).mapToInt(Integer::parseInt).toArray();
    }

    @Override
    public int[] getIntArray(final String key, final int... def) {
        try {
            return getIntArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public long[] getLongArray(final String key) throws InvalidSettingsException {
        return Arrays.stream(arrayValues(key)).mapToLong(Long::parseLong).toArray();
    }

    @Override
    public long[] getLongArray(final String key, final long... def) {
        try {
            return getLongArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public double[] getDoubleArray(final String key) throws InvalidSettingsException {
        return Arrays.stream(arrayValues(key)).mapToDouble(Double::parseDouble).toArray();
    }

    @Override
    public double[] getDoubleArray(final String key, final double... def) {
        try {
            return getDoubleArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public String[] getStringArray(final String key) throws InvalidSettingsException {
        return arrayValues(key);
    }

    @Override
    public String[] getStringArray(final String key, final String... def) {
        try {
            return getStringArray(key);
        } catch (InvalidSettingsException e) {
            return def;
        }
    }

    @Override
    public void addInt(final String key, final int value) {
        put(key, "xint", Integer.toString(value));
    }

    @Override
    public void addLong(final String key, final long value) {
        put(key, "xlong", Long.toString(value));
    }

    @Override
    public void addDouble(final String key, final double value) {
        put(key, "xdouble", Double.toString(value));
    }

    @Override
    public void addFloat(final String key, final float value) {
        put(key, "xfloat", Float.toString(value));
    }

    @Override
    public void addBoolean(final String key, final boolean value) {
        put(key, "xboolean", Boolean.toString(value));
    }

    @Override
    public void addString(final String key, final String value) {
        put(key, "xstring", value);
    }

    @Override
    public void addIntArray(final String key, final int... values) {
        putArray(key, "xint", Arrays.stream(values).mapToObj(Integer::toString).toArray(String[]::new));
    }

    @Override
    public void addLongArray(final String key, final long... values) {
        putArray(key, "xlong", Arrays.stream(values).mapToObj(Long::toString).toArray(String[]::new));
    }

    @Override
    public void addDoubleArray(final String key, final double... values) {
        putArray(key, "xdouble", Arrays.stream(values).mapToObj(Double::toString).toArray(String[]::new));
    }

    @Override
    public void addStringArray(final String key, final String... values) {
        putArray(key, "xstring", values.clone());
    }
}
