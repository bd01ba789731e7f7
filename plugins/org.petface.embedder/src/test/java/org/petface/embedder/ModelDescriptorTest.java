package org.petface.embedder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelDescriptorTest {

    private static final String ARCFACE = """
            id=my-arcface
            input.width=112
            input.height=112
            layout=NCHW
            channels=RGB
            mean=127.5
            std=127.5
            output=output
            template=arcface
            """;

    @TempDir
    Path tmp;

    private static Properties props(String text) throws Exception {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return p;
    }

    @Test
    void aDescriptorBesideAUserModelIsReadAndTheModelRuns() throws Exception {
        Path model = tmp.resolve("my-arcface.onnx");
        Files.copy(ModelFiles.standard().verified(ModelFiles.FR_FEATURE), model);
        Files.writeString(tmp.resolve("my-arcface.properties"), ARCFACE);
        try (DeepEmbedder embedder = DeepEmbedder.userModel(model);
                FaceImage image = FaceImage.read(SamplePhotos.path(1));
                FrDetectDetector detector = new FrDetectDetector(ModelFiles.standard(), 0.65);
                LandmarkDetector landmarks = new LandmarkDetector(ModelFiles.standard())) {
            FaceBox box = detector.detect(image).get(0);
            EmbeddingResult r = embedder.embed(image, landmarks.locate(image, box));
            assertTrue(r.status().isOk(), r.status().reason());
            assertEquals("my-arcface", r.embedding().modelId());
            assertEquals(512, r.embedding().dimension());
        }
    }

    @Test
    void malformedDescriptorsAreClearErrors() throws Exception {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> ModelDescriptor.parse(props(ARCFACE.replace("output=output\n", ""))));
        assertTrue(missing.getMessage().contains("'output'"), missing.getMessage());
        IllegalArgumentException notNumber = assertThrows(IllegalArgumentException.class,
                () -> ModelDescriptor.parse(props(ARCFACE.replace("std=127.5", "std=wide"))));
        assertTrue(notNumber.getMessage().contains("'std'"), notNumber.getMessage());
        IllegalArgumentException layout = assertThrows(IllegalArgumentException.class,
                () -> ModelDescriptor.parse(props(ARCFACE.replace("NCHW", "CHW"))));
        assertTrue(layout.getMessage().contains("NHWC"), layout.getMessage());
        IllegalArgumentException zeroStd = assertThrows(IllegalArgumentException.class,
                () -> ModelDescriptor.parse(props(ARCFACE.replace("std=127.5", "std=0"))));
        assertTrue(zeroStd.getMessage().contains("std"), zeroStd.getMessage());
        IllegalArgumentException template = assertThrows(IllegalArgumentException.class,
                () -> ModelDescriptor.parse(props(ARCFACE.replace("template=arcface", "template=1,2,3"))));
        assertTrue(template.getMessage().contains("5 points"), template.getMessage());
        Path model = tmp.resolve("lonely.onnx");
        Files.writeString(model, "x");
        IllegalArgumentException noDescriptor = assertThrows(IllegalArgumentException.class,
                () -> ModelDescriptor.forModel(model));
        assertTrue(noDescriptor.getMessage().contains("lonely.properties"), noDescriptor.getMessage());
    }

    @Test
    void aModelWhoseInputShapeDisagreesIsRefused() throws Exception {
        Path model = ModelFiles.standard().verified(ModelFiles.FR_FEATURE);
        ModelDescriptor facenet160 = ModelDescriptor.parse(props(ARCFACE.replace("112", "160")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DeepEmbedder(model, facenet160));
        assertTrue(e.getMessage().contains("[1, 3, 112, 112]") && e.getMessage().contains("fr_feature.onnx"), e.getMessage());
        ModelDescriptor nhwc = ModelDescriptor.parse(props(ARCFACE.replace("NCHW", "NHWC")));
        assertThrows(IllegalArgumentException.class, () -> new DeepEmbedder(model, nhwc));
        ModelDescriptor wrongOutput = ModelDescriptor.parse(props(ARCFACE.replace("output=output", "output=fc1")));
        IllegalArgumentException out = assertThrows(IllegalArgumentException.class, () -> new DeepEmbedder(model, wrongOutput));
        assertTrue(out.getMessage().contains("'fc1'"), out.getMessage());
    }
}
