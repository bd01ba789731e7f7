package org.petface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * petface.target sets the third-party versions; Maven needs them again in the root pom's dependencyManagement
 * to compile the plain jar modules. This test keeps the two from drifting apart.
 */
class ThirdPartyVersionsTest {

    private static final Path ROOT = Path.of(System.getProperty("petface.root", "../.."));

    @Test
    void everyManagedDependencyHasTheTargetPlatformVersion() throws Exception {
        Map<String, String> target = versions(ROOT.resolve("petface.target"), "dependency");
        Map<String, String> managed = managedVersions(ROOT.resolve("pom.xml"));
        assertFalse(managed.isEmpty(), "no managed dependencies found in the root pom");
        for (Map.Entry<String, String> e : managed.entrySet()) {
            assertTrue(target.containsKey(e.getKey()), e.getKey() + " is managed in pom.xml but not in petface.target");
            assertEquals(target.get(e.getKey()), e.getValue(), "version of " + e.getKey() + " in pom.xml vs petface.target");
        }
    }

    private static Map<String, String> managedVersions(Path pom) throws Exception {
        Document doc = parse(pom);
        Element management = (Element) doc.getElementsByTagName("dependencyManagement").item(0);
        Map<String, String> result = new TreeMap<>();
        NodeList deps = management.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            if ("import".equals(text(d, "scope"))) {
                continue; // test-only BOMs (JUnit) are build tooling, not shipped
            }
            result.put(text(d, "groupId") + ":" + text(d, "artifactId"), text(d, "version"));
        }
        return result;
    }

    private static Map<String, String> versions(Path file, String element) throws Exception {
        NodeList deps = parse(file).getElementsByTagName(element);
        Map<String, String> result = new TreeMap<>();
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            result.put(text(d, "groupId") + ":" + text(d, "artifactId"), text(d, "version"));
        }
        return result;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static String text(Element parent, String name) {
        NodeList n = parent.getElementsByTagName(name);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().trim();
    }
}
