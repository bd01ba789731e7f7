package org.petface.embedder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opencv.core.Core;

class NativeThreadsTest {

    private static final ThreadCountProperty PROPERTY = new ThreadCountProperty("petface.test.threads", 1,
            "the library's default");

    @Test
    void aThreadCountPropertyIsItsDefaultWhenAbsentAndIsChecked() {
        try {
            System.clearProperty(PROPERTY.name());
            assertEquals(1, PROPERTY.value());
            System.setProperty(PROPERTY.name(), " 0 ");
            assertEquals(0, PROPERTY.value());
            System.setProperty(PROPERTY.name(), "3");
            assertEquals(3, PROPERTY.value());
            for (String bad : new String[] {"-2", "257", "two"}) {
                System.setProperty(PROPERTY.name(), bad);
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, PROPERTY::value);
                assertTrue(e.getMessage().contains("-Dpetface.test.threads=" + bad), e.getMessage());
                assertTrue(e.getMessage().contains("the library's default"), e.getMessage());
            }
        } finally {
            System.clearProperty(PROPERTY.name());
        }
    }

    @Test
    void onnxRuntimeAndOpenCvDefaultToOneThreadEach() {
        assertEquals(new ThreadCountProperty("petface.onnx.intraOpThreads", 1, "ONNX Runtime's default"),
                SharedOnnxModels.INTRA_OP_THREADS);
        assertEquals(new ThreadCountProperty("petface.opencv.threads", 1, "OpenCV's default"), OpenCvLibrary.THREADS);
    }

    @Test
    void loadingOpenCvSetsItsThreadCount() {
        OpenCvLibrary.ensureLoaded();
        assertEquals(OpenCvLibrary.THREADS.value(), Core.getNumThreads());
        assertEquals("ONNX Runtime intra-op threads 1 (-Dpetface.onnx.intraOpThreads), OpenCV threads 1 "
                + "(-Dpetface.opencv.threads)", NativeThreads.describe());
    }
}
