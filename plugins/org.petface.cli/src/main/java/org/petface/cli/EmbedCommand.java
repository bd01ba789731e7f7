package org.petface.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.petface.core.Embedding;
import org.petface.embedder.AnalyzedFace;
import org.petface.embedder.Contrast;
import org.petface.embedder.DepthDescriptorEmbedder;
import org.petface.embedder.DetectorKind;
import org.petface.embedder.EmbeddingResult;
import org.petface.embedder.FaceAnalysis;
import org.petface.embedder.FaceAnalysisOptions;
import org.petface.embedder.FaceAnalyzer;
import org.petface.embedder.FaceAnnotator;
import org.petface.embedder.FaceBox;
import org.petface.embedder.FaceImage;
import org.petface.embedder.ModelFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code petface embed IMAGE...}: one line per face (or per image without one), vectors to CSV. */
@Command(name = "embed", mixinStandardHelpOptions = true,
        description = "Detects faces, locates landmarks and embeds each face. Prints image, face, box, score, "
                + "status and reason per face; --out writes the vectors as CSV, --annotate draws boxes and landmarks. "
                + "With --embedder depth the inputs are depth PNGs of 'petface render --depth' (with --mm-per-pixel), "
                + "meshes (.ply/.stl/.obj) or volumes (.nii/.nii.gz, DICOM series folders), rendered frontally first; "
                + "the depth descriptor aligns the face by its geometry, without a detector.")
final class EmbedCommand implements Callable<Integer> {

    private static final String ANNOTATION_MARKER = "petface-annotations.txt";
    private static final String DEPTH = "depth";

    @Parameters(arity = "1..*", paramLabel = "IMAGE",
            description = "PNG/JPEG images (renders or photos); with --embedder depth: depth PNGs, meshes or volumes")
    private List<Path> images;

    @Option(names = "--detector", defaultValue = "fr_detect", description = "fr_detect, blazeface or haar (default: ${DEFAULT-VALUE})")
    private String detector;

    @Option(names = "--embedder", defaultValue = "fr_feature",
            description = "fr_feature, landmarks, depth, or PATH.onnx with PATH.properties beside it "
                    + "(default: ${DEFAULT-VALUE})")
    private String embedder;

    @Option(names = "--mm-per-pixel", paramLabel = "MM",
            description = "pixel size of depth PNG inputs (--embedder depth); 'petface render' prints none, so pass "
                    + "the size of the render the PNG came from")
    private Double mmPerPixel;

    @Option(names = "--threshold", paramLabel = "S", description = "minimum detector score (default: the detector's own)")
    private Double threshold;

    @Option(names = "--contrast", defaultValue = "none", description = "none or clahe (default: ${DEFAULT-VALUE})")
    private String contrast;

    @Option(names = "--out", paramLabel = "CSV", description = "write image, face, box, score, status and the vector per face")
    private Path out;

    @Option(names = "--annotate", paramLabel = "DIR", description = "write each image with boxes and landmarks drawn")
    private Path annotate;

    @Override
    public Integer call() throws IOException {
        if (DEPTH.equals(embedder)) {
            return embedDepth();
        }
        DetectorKind kind = DetectorKind.parse(detector);
        FaceAnalysisOptions options = FaceAnalysisOptions.defaults().withDetector(kind).withEmbedder(embedder)
                .withContrast(Contrast.valueOf(contrast.toUpperCase(Locale.ROOT)));
        if (threshold != null) {
            options = options.withScoreThreshold(threshold);
        }
        for (Path image : images) {
            if (out != null) {
                Inputs.requireNotInside(out, image);
            }
            if (annotate != null) {
                Inputs.requireNotInside(annotate, image);
            }
        }
        if (annotate != null) {
            Inputs.prepareOutputFolder(annotate, ANNOTATION_MARKER);
            Files.writeString(annotate.resolve(ANNOTATION_MARKER), "images annotated by petface embed\n");
        }
        int failed = 0;
        try (FaceAnalyzer analyzer = new FaceAnalyzer(options, ModelFiles.standard());
                PrintWriter csv = out == null ? null : new PrintWriter(Files.newBufferedWriter(out))) {
            if (csv != null) {
                csv.println("image,face,x1,y1,x2,y2,score,status,reason,model,vector");
            }
            System.out.println("image\tface\tbox\tscore\tstatus\treason");
            for (Path image : images) {
                failed += embedOne(analyzer, image, csv) ? 0 : 1;
            }
        }
        System.out.printf(Locale.ROOT, "%d images, %d without an embedded face%n", images.size(), failed);
        return 0;
    }

    /** The depth descriptor of each input's frontal render; an unreadable input or a face not found is a row. */
    private int embedDepth() throws IOException {
        if (annotate != null) {
            throw new IllegalArgumentException("--annotate draws detector boxes and is not available with --embedder depth");
        }
        for (Path input : images) {
            if (out != null) {
                Inputs.requireNotInside(out, input);
            }
        }
        int failed = 0;
        DepthDescriptorEmbedder depth = new DepthDescriptorEmbedder();
        try (PrintWriter csv = out == null ? null : new PrintWriter(Files.newBufferedWriter(out))) {
            if (csv != null) {
                csv.println("image,face,x1,y1,x2,y2,score,status,reason,model,vector");
            }
            System.out.println("image\tface\tbox\tscore\tstatus\treason");
            for (Path input : images) {
                EmbeddingResult result;
                try {
                    result = depth.embed(DepthInput.render(input, mmPerPixel));
                } catch (IOException | IllegalArgumentException e) {
                    result = EmbeddingResult.failed(e.getMessage());
                }
                row(csv, input, result.status().isOk() ? 0 : -1, null, result.status().code().name(),
                        result.status().reason(), result.embedding());
                failed += result.status().isOk() ? 0 : 1;
            }
        }
        System.out.printf(Locale.ROOT, "%d inputs, %d without an embedded face%n", images.size(), failed);
        return 0;
    }

    /** True if at least one face of the image was embedded; a bad image is a row, not an abort. */
    private boolean embedOne(FaceAnalyzer analyzer, Path image, PrintWriter csv) {
        FaceAnalysis analysis;
        FaceImage picture;
        try {
            picture = FaceImage.read(image);
        } catch (IllegalArgumentException e) {
            row(csv, image, -1, null, "ERROR", e.getMessage(), null);
            return false;
        }
        try (picture) {
            analysis = analyzer.apply(picture);
            if (annotate != null) {
                try (FaceImage drawn = FaceAnnotator.annotate(picture, analysis)) {
                    drawn.write(annotate.resolve(image.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".png"));
                }
            }
        }
        if (analysis.faces().isEmpty()) {
            row(csv, image, -1, null, analysis.status().code().name(), analysis.status().reason(), null);
            return false;
        }
        boolean any = false;
        for (int i = 0; i < analysis.faces().size(); i++) {
            AnalyzedFace face = analysis.faces().get(i);
            row(csv, image, i, face.box(), face.status().code().name(), face.status().reason(),
                    face.embedding());
            any |= face.status().isOk();
        }
        return any;
    }

    private static void row(PrintWriter csv, Path image, int face, FaceBox box, String status, String reason,
            Embedding embedding) {
        String boxText = box == null ? "" : String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f", box.x1(), box.y1(), box.x2(), box.y2());
        String score = box == null ? "" : String.format(Locale.ROOT, "%.3f", box.score());
        System.out.printf("%s\t%s\t%s\t%s\t%s\t%s%n", image, face < 0 ? "" : face, boxText, score, status, reason);
        if (csv != null) {
            StringBuilder line = new StringBuilder();
            line.append(quote(image.toString())).append(',').append(face < 0 ? "" : face).append(',')
                    .append(box == null ? ",,," : boxText).append(',').append(score).append(',').append(status)
                    .append(',').append(quote(reason)).append(',').append(embedding == null ? "" : embedding.modelId())
                    .append(',');
            if (embedding != null) {
                StringBuilder v = new StringBuilder();
                for (float x : embedding.vector()) {
                    v.append(v.length() == 0 ? "" : " ").append(x);
                }
                line.append(v);
            }
            csv.println(line);
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
