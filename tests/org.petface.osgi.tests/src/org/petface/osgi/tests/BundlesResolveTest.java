package org.petface.osgi.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.petface.core.Volume;
import org.petface.embedder.FaceAnalyzer;

/** Runs inside Equinox: every bundle of the petface feature resolves and starts next to the others. */
class BundlesResolveTest {

    private static final List<String> ENGINE_BUNDLES = List.of(
            "org.petface.core", "org.petface.nifti", "org.petface.reader", "org.petface.volume", "org.petface.phantom",
            "org.petface.surface", "org.petface.render", "org.petface.embedder", "org.petface.matcher", "org.petface.experiment", "org.petface.knime");

    private static BundleContext context() {
        return FrameworkUtil.getBundle(Volume.class).getBundleContext();
    }

    @Test
    void everyEngineBundleStarts() throws BundleException {
        Map<String, Bundle> bySymbolicName = new TreeMap<>();
        for (Bundle b : context().getBundles()) {
            bySymbolicName.put(b.getSymbolicName(), b);
        }
        for (String name : ENGINE_BUNDLES) {
            Bundle bundle = bySymbolicName.get(name);
            assertTrue(bundle != null, name + " is not installed; installed: " + bySymbolicName.keySet());
            bundle.start();
            assertEquals(Bundle.ACTIVE, bundle.getState(), name + " did not start");
            assertFalse(bundle.getVersion().getQualifier().contains("SNAPSHOT"),
                    name + " has a SNAPSHOT qualifier, which p2 orders wrongly: " + bundle.getVersion());
        }
    }

    /** The natives come from our repackaged bundles, never from the third-party jars they were cut down from. */
    @Test
    void embedderGetsOpenCvAndOnnxRuntimeFromOurRepackagedBundles() {
        Bundle embedder = FrameworkUtil.getBundle(FaceAnalyzer.class);
        Map<String, String> providers = new TreeMap<>();
        for (BundleWire wire : embedder.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            providers.put((String) wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE),
                    wire.getProvider().getSymbolicName());
        }
        assertEquals("org.petface.opencv", providers.get("nu.pattern"), providers.toString());
        assertEquals("org.petface.opencv", providers.get("org.opencv.core"), providers.toString());
        assertEquals("org.petface.onnxruntime", providers.get("ai.onnxruntime"), providers.toString());
    }

    @Test
    void noBundleIsLeftUnresolved() {
        Bundle[] unresolved = Arrays.stream(context().getBundles())
                .filter(b -> b.getHeaders().get("Fragment-Host") == null)
                .filter(b -> b.getState() == Bundle.INSTALLED)
                .toArray(Bundle[]::new);
        assertEquals(0, unresolved.length, "unresolved bundles: " + Arrays.toString(unresolved));
    }
}
