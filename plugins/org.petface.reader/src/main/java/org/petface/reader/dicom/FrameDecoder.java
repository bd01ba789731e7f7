package org.petface.reader.dicom;

import com.github.jaiimageio.jpeg2000.J2KImageReadParam;
import com.pixelmed.imageio.JPEGLosslessImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.petface.reader.dicom.InvalidDicomException.Kind;

/**
 * Decodes one compressed greyscale frame into raw samples (row-major). The ImageIO readers are created from
 * their providers directly rather than looked up in ImageIO's registry, which does not see providers inside
 * an OSGi bundle.
 */
final class FrameDecoder {

    /**
     * jai-imageio's JPEG 2000 provider, found through the service file of the bundle that holds its exported
     * API package: the provider class itself lives in a package that bundle does not export.
     */
    private static final class Jpeg2000 {
        static final ImageReaderSpi PROVIDER = find();

        private static ImageReaderSpi find() {
            for (ImageReaderSpi spi : ServiceLoader.load(ImageReaderSpi.class, J2KImageReadParam.class.getClassLoader())) {
                if (List.of(spi.getFormatNames()).contains("jpeg2000")) {
                    return spi;
                }
            }
            return null;
        }
    }

    private FrameDecoder() {
    }

    /** Raw sample bit patterns (not yet masked or sign-extended) of a rows x columns frame. */
    static int[] decode(String transferSyntax, byte[] compressed, int rows, int columns, int bitsAllocated)
            throws IOException {
        if (TransferSyntaxes.RLE.equals(transferSyntax)) {
            return RleFrame.decode(compressed, rows, columns, bitsAllocated);
        }
        ImageReader reader = reader(transferSyntax);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(compressed))) {
            reader.setInput(in, true, true);
            BufferedImage image = reader.read(0);
            if (image.getWidth() != columns || image.getHeight() != rows) {
                throw new InvalidDicomException(Kind.MALFORMED, "decoded frame is " + image.getWidth() + "x"
                        + image.getHeight() + ", header says " + columns + "x" + rows);
            }
            return image.getRaster().getSamples(0, 0, columns, rows, 0, (int[]) null);
        } catch (RuntimeException e) {
            throw new InvalidDicomException(Kind.MALFORMED, "cannot decode " + TransferSyntaxes.name(transferSyntax)
                    + " frame: " + e, e);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader reader(String transferSyntax) throws IOException {
        return switch (transferSyntax) {
            case TransferSyntaxes.JPEG_BASELINE, TransferSyntaxes.JPEG_EXTENDED -> {
                Iterator<ImageReader> jdk = ImageIO.getImageReadersByFormatName("jpeg");
                if (!jdk.hasNext()) {
                    throw new InvalidDicomException(Kind.UNSUPPORTED, "no JPEG reader in this Java runtime");
                }
                yield jdk.next();
            }
            case TransferSyntaxes.JPEG_LOSSLESS, TransferSyntaxes.JPEG_LOSSLESS_SV1 ->
                    new JPEGLosslessImageReaderSpi().createReaderInstance();
            case TransferSyntaxes.JPEG_2000_LOSSLESS, TransferSyntaxes.JPEG_2000 -> {
                if (Jpeg2000.PROVIDER == null) {
                    throw new InvalidDicomException(Kind.UNSUPPORTED, "jai-imageio JPEG 2000 reader not available");
                }
                yield Jpeg2000.PROVIDER.createReaderInstance();
            }
            default -> throw new InvalidDicomException(Kind.UNSUPPORTED,
                    "no frame decoder for " + TransferSyntaxes.name(transferSyntax));
        };
    }
}
