package org.petface.embedder;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * How to feed an ONNX face-embedding model: the aligned crop size and template, tensor layout, channel order,
 * normalisation (pixel - mean) / std, and the output to read. Written as a {@code .properties} file next to the
 * model (keys: id, input.width, input.height, layout, channels, mean, std, output, template = "arcface" or ten
 * numbers in input pixels).
 */
public record ModelDescriptor(String modelId, int inputWidth, int inputHeight, Layout layout, Channels channels,
        float mean, float std, String outputName, AlignmentTemplate template) {

    public enum Layout { NCHW, NHWC }

    public enum Channels { RGB, BGR }

    /** faceplugin's fr_feature: 112x112 ArcFace alignment, RGB (px-127)/128, 512-d output "output". */
    public static final ModelDescriptor FR_FEATURE = new ModelDescriptor("fr_feature", 112, 112, Layout.NCHW,
            Channels.RGB, 127f, 128f, "output", AlignmentTemplate.ARCFACE_112);

    public ModelDescriptor {
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("model descriptor needs an id");
        }
        if (inputWidth < 16 || inputHeight < 16 || inputWidth > 1024 || inputHeight > 1024) {
            throw new IllegalArgumentException("model " + modelId + ": input size " + inputWidth + "x" + inputHeight
                    + " outside 16..1024");
        }
        if (layout == null || channels == null) {
            throw new IllegalArgumentException("model " + modelId + ": layout and channel order are required");
        }
        if (!Float.isFinite(mean) || !Float.isFinite(std) || std == 0) {
            throw new IllegalArgumentException("model " + modelId + ": mean must be finite and std finite, non-zero");
        }
        if (outputName == null || outputName.isBlank()) {
            throw new IllegalArgumentException("model " + modelId + ": output name is required");
        }
        if (template == null || template.width() != inputWidth || template.height() != inputHeight) {
            throw new IllegalArgumentException("model " + modelId + ": alignment template must have the input size "
                    + inputWidth + "x" + inputHeight);
        }
    }

    /** The descriptor {@code NAME.properties} beside {@code NAME.onnx}; a missing or malformed file is an error. */
    public static ModelDescriptor forModel(Path onnxFile) {
        String name = onnxFile.getFileName().toString();
        Path descriptor = onnxFile.resolveSibling(name.replaceFirst("(?i)\\.onnx$", "") + ".properties");
        if (!Files.isRegularFile(descriptor)) {
            throw new IllegalArgumentException(onnxFile + ": no model descriptor " + descriptor.getFileName()
                    + " beside it (keys: id, input.width, input.height, layout, channels, mean, std, output, template)");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(descriptor)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException(descriptor + ": cannot read model descriptor: " + e.getMessage(), e);
        }
        try {
            return parse(p);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(descriptor + ": " + e.getMessage(), e);
        }
    }

    public static ModelDescriptor parse(Properties p) {
        int width = integer(p, "input.width");
        int height = integer(p, "input.height");
        String templateText = required(p, "template");
        AlignmentTemplate template;
        if (templateText.equalsIgnoreCase("arcface")) {
            template = AlignmentTemplate.ARCFACE_112.scaledTo(Math.max(width, 1), Math.max(height, 1));
        } else {
            String[] parts = templateText.split("[,\\s]+");
            double[] points = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                points[i] = number(parts[i], "template");
            }
            template = new AlignmentTemplate(width, height, points);
        }
        return new ModelDescriptor(required(p, "id"), width, height,
                choice(Layout.class, p, "layout"), choice(Channels.class, p, "channels"),
                (float) number(required(p, "mean"), "mean"), (float) number(required(p, "std"), "std"),
                required(p, "output"), template);
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("model descriptor lacks '" + key + "'");
        }
        return v.strip();
    }

    private static int integer(Properties p, String key) {
        String v = required(p, key);
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("model descriptor '" + key + "' is not an integer: " + v);
        }
    }

    private static double number(String v, String key) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("model descriptor '" + key + "' is not a number: " + v);
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, Properties p, String key) {
        String v = required(p, key);
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("model descriptor '" + key + "' is " + v + "; expected one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
