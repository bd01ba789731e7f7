package org.petface.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The update site ships natives only for the platforms we build for: the root pom's Tycho environments, which are
 * the KNIME Analytics Platform platforms the repackaged ONNX Runtime and OpenCV bundles keep. A third-party jar
 * shipped as is would bring natives for every platform its authors build (linux ARMv7, windows x86_32, sunos...).
 */
class ShippedNativesTest {

    private static final Path ROOT = Path.of(System.getProperty("petface.root", "../.."));
    private static final Path UPDATE_SITE_TARGET = ROOT.resolve("update-site/target");

    @Test
    void everyNativeInTheUpdateSiteIsForASupportedPlatform() throws Exception {
        Set<NativePlatform> supported = supportedPlatforms();
        List<String> unsupported = new ArrayList<>();
        int natives = 0;
        try (ZipFile site = new ZipFile(updateSiteZip().toFile())) {
            for (ZipEntry jar : site.stream().filter(e -> e.getName().endsWith(".jar")).toList()) {
                try (InputStream in = site.getInputStream(jar)) {
                    natives += collectUnsupported(jar.getName(), in, supported, unsupported);
                }
            }
        }
        assertTrue(natives > 0, "the update site ships ONNX Runtime and OpenCV natives, yet none were found");
        assertEquals(List.of(), unsupported, "natives for platforms we do not support (supported: " + supported + ")");
    }

    @Test
    void supportedPlatformsAreTheFiveTargetEnvironments() throws Exception {
        assertEquals(Set.of(new NativePlatform("linux", "x86_64"), new NativePlatform("linux", "aarch64"),
                new NativePlatform("win32", "x86_64"), new NativePlatform("macosx", "x86_64"),
                new NativePlatform("macosx", "aarch64")), supportedPlatforms());
    }

    @Test
    void readsThePlatformFromTheLoadersPathLayouts() {
        assertEquals(new NativePlatform("linux", "aarch64"),
                NativePlatform.ofPath("nu/pattern/opencv/linux/ARMv8/libopencv_java490.so"));
        assertEquals(new NativePlatform("linux", "armv7"),
                NativePlatform.ofPath("nu/pattern/opencv/linux/ARMv7/libopencv_java490.so"));
        assertEquals(new NativePlatform("win32", "x86_32"),
                NativePlatform.ofPath("nu/pattern/opencv/windows/x86_32/opencv_java490.dll"));
        assertEquals(new NativePlatform("macosx", "x86_64"),
                NativePlatform.ofPath("ai/onnxruntime/native/osx-x64/libonnxruntime.dylib"));
        assertEquals(new NativePlatform("win32", "x86_64"),
                NativePlatform.ofPath("com/sun/jna/win32-x86-64/jnidispatch.dll"));
        assertEquals(new NativePlatform("sunos", "sparcv9"),
                NativePlatform.ofPath("com/sun/jna/sunos-sparcv9/libjnidispatch.so"));
        assertEquals(new NativePlatform("?", "?"), NativePlatform.ofPath("lib/libfoo.so"));
        assertTrue(NativePlatform.isNativeLibrary("com/sun/jna/darwin-aarch64/libjnidispatch.jnilib"));
        assertTrue(NativePlatform.isNativeLibrary("lib/libfoo.so.1.2"));
        assertFalse(NativePlatform.isNativeLibrary("nu/pattern/opencv/linux/x86_64/README.md"));
        assertFalse(NativePlatform.isNativeLibrary("org/opencv/core/Mat.class"));
    }

    /** Counts the natives in one jar (and the jars nested in it) and adds those of unsupported platforms. */
    private static int collectUnsupported(String jarName, InputStream jar, Set<NativePlatform> supported,
            List<String> unsupported) throws IOException {
        int natives = 0;
        ZipInputStream entries = new ZipInputStream(jar);
        for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
            if (e.getName().endsWith(".jar")) {
                natives += collectUnsupported(jarName + "!" + e.getName(), entries, supported, unsupported);
            } else if (NativePlatform.isNativeLibrary(e.getName())) {
                natives++;
                NativePlatform platform = NativePlatform.ofPath(e.getName());
                if (!supported.contains(platform)) {
                    unsupported.add(jarName + "!" + e.getName() + " (" + platform + ")");
                }
            }
        }
        return natives;
    }

    private static Path updateSiteZip() throws IOException {
        try (Stream<Path> files = Files.list(UPDATE_SITE_TARGET)) {
            return files.filter(f -> f.getFileName().toString().matches("org\\.petface\\.update-site-.*\\.zip"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no update-site zip in " + UPDATE_SITE_TARGET
                            + ": build the update-site module first"));
        }
    }

    private static Set<NativePlatform> supportedPlatforms() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList environments = factory.newDocumentBuilder().parse(ROOT.resolve("pom.xml").toFile())
                .getElementsByTagName("environment");
        Set<NativePlatform> supported = new TreeSet<>(Comparator.comparing(NativePlatform::toString));
        for (int i = 0; i < environments.getLength(); i++) {
            Element env = (Element) environments.item(i);
            supported.add(new NativePlatform(text(env, "os"), text(env, "arch")));
        }
        return supported;
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent().trim();
    }
}
