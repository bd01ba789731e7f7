package org.petface.knime.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCellSerializer;
import org.knime.core.node.NodeFactory;
import org.knime.core.webui.node.dialog.NodeDialogFactory;
import org.petface.knime.cohort.CohortNodeFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** plugin.xml registers every node and cell type; each node has a schema-valid description and a 16x16 icon. */
class NodeRegistrationTest {

    static Path knimeReference() {
        final Path dir = Path.of(System.getProperty("petface.knimeReference", "../../../shared/knime-reference"));
        assertTrue(Files.isDirectory(dir), "KNIME format reference not found at " + dir.toAbsolutePath()
            + " (it is ../shared/knime-reference next to the repository)");
        return dir;
    }

    static Document pluginXml() throws Exception {
        final URL url = CohortNodeFactory.class.getClassLoader().getResource("plugin.xml");
        assertNotNull(url, "plugin.xml is not at the bundle root");
        try (InputStream in = url.openStream()) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    static List<String> registeredFactories() throws Exception {
        final List<String> factories = new ArrayList<>();
        final NodeList nodes = pluginXml().getElementsByTagName("node");
        for (int i = 0; i < nodes.getLength(); i++) {
            final Element node = (Element)nodes.item(i);
            assertEquals("/community/petface", node.getAttribute("category-path"));
            factories.add(node.getAttribute("factory-class"));
        }
        return factories;
    }

    @Test
    void everyRegisteredNodeHasAValidDescriptionAnIconAndTheModernDialog() throws Exception {
        final var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
            .newSchema(knimeReference().resolve("schemas/Node_v5.3.xsd").toFile());
        final List<String> factories = registeredFactories();
        assertEquals(10, factories.size(), factories.toString());
        for (final String name : factories) {
            final Class<?> factory = Class.forName(name);
            assertTrue(NodeFactory.class.isAssignableFrom(factory), name);
            assertTrue(NodeDialogFactory.class.isAssignableFrom(factory), name + " must give the modern dialog");
            assertTrue(Modifier.isFinal(factory.getModifiers()), name + " should be final");
            final URL description = factory.getResource(factory.getSimpleName() + ".xml");
            assertNotNull(description, "no node description beside " + name);
            schema.newValidator().validate(new StreamSource(description.toString()));
            final Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(description.toString());
            final String icon = doc.getDocumentElement().getAttribute("icon");
            final URL iconUrl = factory.getResource(icon.replaceFirst("^\\./", ""));
            assertNotNull(iconUrl, "icon " + icon + " of " + name + " not found");
            final BufferedImage image = ImageIO.read(iconUrl);
            assertEquals(16, image.getWidth(), icon);
            assertEquals(16, image.getHeight(), icon);
            assertNotNull(((NodeFactory<?>)factory.getDeclaredConstructor().newInstance()).createNodeModel(), name);
        }
    }

    @Test
    void everyCellTypeIsRegisteredWithAnInstantiableSerializer() throws Exception {
        final NodeList types = pluginXml().getElementsByTagName("DataType");
        assertTrue(types.getLength() > 0);
        for (int i = 0; i < types.getLength(); i++) {
            final Element type = (Element)types.item(i);
            final Element serializer = (Element)type.getElementsByTagName("serializer").item(0);
            assertEquals(type.getAttribute("cellClass"), serializer.getAttribute("cellClass"));
            Class.forName(type.getAttribute("cellClass"));
            final Object instance = Class.forName(serializer.getAttribute("serializerClass"))
                .getDeclaredConstructor().newInstance();
            assertTrue(instance instanceof DataCellSerializer<?>);
        }
        final NodeList categories = pluginXml().getElementsByTagName("category");
        assertEquals(1, categories.getLength());
        final String icon = ((Element)categories.item(0)).getAttribute("icon");
        assertNotNull(CohortNodeFactory.class.getClassLoader().getResource(icon), icon);
        assertFalse(icon.startsWith("/"));
    }
}
