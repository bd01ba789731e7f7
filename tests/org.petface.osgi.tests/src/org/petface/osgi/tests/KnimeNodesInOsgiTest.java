package org.petface.osgi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.petface.core.Volume;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The KNIME node bundle inside Equinox against the KNIME API stub bundles (the feature's requirements): it resolves
 * with its Require-Bundle wires to org.knime.core and org.knime.core.ui, starts, and every node factory and cell
 * class named in its plugin.xml loads through the bundle's class loader.
 */
class KnimeNodesInOsgiTest {

    private static Bundle nodeBundle() {
        for (Bundle b : FrameworkUtil.getBundle(Volume.class).getBundleContext().getBundles()) {
            if ("org.petface.knime".equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("org.petface.knime is not installed");
    }

    @Test
    void nodeBundleStartsWiredToKnimeCoreAndCoreUi() throws BundleException {
        Bundle bundle = nodeBundle();
        bundle.start();
        assertEquals(Bundle.ACTIVE, bundle.getState());
        Set<String> required = new TreeSet<>();
        for (BundleWire wire : bundle.adapt(BundleWiring.class).getRequiredWires("osgi.wiring.bundle")) {
            required.add(wire.getProvider().getSymbolicName());
        }
        assertTrue(required.containsAll(Set.of("org.knime.core", "org.knime.core.ui", "org.petface.reader",
                "org.petface.volume", "org.petface.phantom")), required.toString());
    }

    @Test
    void everyClassInPluginXmlLoadsInTheBundle() throws Exception {
        Bundle bundle = nodeBundle();
        URL pluginXml = bundle.getEntry("plugin.xml");
        assertNotNull(pluginXml, "plugin.xml must be at the bundle root");
        List<String> classes = new ArrayList<>();
        try (InputStream in = pluginXml.openStream()) {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            NodeList nodes = doc.getElementsByTagName("node");
            for (int i = 0; i < nodes.getLength(); i++) {
                classes.add(((Element) nodes.item(i)).getAttribute("factory-class"));
            }
            NodeList serializers = doc.getElementsByTagName("serializer");
            for (int i = 0; i < serializers.getLength(); i++) {
                classes.add(((Element) serializers.item(i)).getAttribute("cellClass"));
                classes.add(((Element) serializers.item(i)).getAttribute("serializerClass"));
            }
        }
        assertTrue(classes.stream().filter(c -> c.endsWith("NodeFactory")).count() >= 9,
                "plugin.xml registers fewer nodes than the nine petface nodes: " + classes);
        assertFalse(classes.contains(""), "a registration without a class: " + classes);
        for (String name : classes) {
            Class<?> c = bundle.loadClass(name);
            if (name.endsWith("NodeFactory") || name.endsWith("Serializer")) {
                assertNotNull(c.getDeclaredConstructor().newInstance(), name);
            }
        }
    }
}
