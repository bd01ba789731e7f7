package org.petface.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The feature ships our bundles and third-party ones, requires KNIME, and never ships the KNIME API stub. */
class FeatureContentTest {

    private static final Path FEATURE = Path.of(System.getProperty("petface.root", "../.."))
            .resolve("features/org.petface.feature/feature.xml");

    @Test
    void includesNoKnimeBundleButRequiresKnime() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var doc = factory.newDocumentBuilder().parse(FEATURE.toFile());
        List<String> included = new ArrayList<>();
        NodeList plugins = doc.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            included.add(((Element) plugins.item(i)).getAttribute("id"));
        }
        assertTrue(included.contains("org.petface.reader"), included.toString());
        assertFalse(included.stream().anyMatch(id -> id.startsWith("org.knime.")),
                "the KNIME API stub must never be shipped: " + included);
        List<String> required = new ArrayList<>();
        NodeList imports = doc.getElementsByTagName("import");
        for (int i = 0; i < imports.getLength(); i++) {
            required.add(((Element) imports.item(i)).getAttribute("plugin"));
        }
        assertTrue(required.contains("org.knime.core"), "feature must require the KNIME host: " + required);
    }
}
