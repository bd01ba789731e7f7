package org.petface.reader.dicom;

import java.util.Map;

/** The transfer syntaxes this reader knows, and how their pixel data gets decoded. */
public final class TransferSyntaxes {

    public static final String IMPLICIT_LITTLE = "1.2.840.10008.1.2";
    public static final String EXPLICIT_LITTLE = "1.2.840.10008.1.2.1";
    public static final String DEFLATED_EXPLICIT_LITTLE = "1.2.840.10008.1.2.1.99";
    public static final String EXPLICIT_BIG = "1.2.840.10008.1.2.2";
    public static final String JPEG_BASELINE = "1.2.840.10008.1.2.4.50";
    public static final String JPEG_EXTENDED = "1.2.840.10008.1.2.4.51";
    public static final String JPEG_LOSSLESS = "1.2.840.10008.1.2.4.57";
    public static final String JPEG_LOSSLESS_SV1 = "1.2.840.10008.1.2.4.70";
    public static final String JPEG_LS_LOSSLESS = "1.2.840.10008.1.2.4.80";
    public static final String JPEG_LS_NEAR_LOSSLESS = "1.2.840.10008.1.2.4.81";
    public static final String JPEG_2000_LOSSLESS = "1.2.840.10008.1.2.4.90";
    public static final String JPEG_2000 = "1.2.840.10008.1.2.4.91";
    public static final String RLE = "1.2.840.10008.1.2.5";

    /** How pixel data of a transfer syntax is decoded. */
    public enum Decoder {
        /** Read straight from the file. */
        NATIVE,
        /** Through PixelMed, which inflates the data set. */
        PIXELMED_INFLATE,
        /** Encapsulated frames through ImageIO codecs (JDK, pixelmed-imageio, jai-imageio) or RLE. */
        IMAGEIO_OR_RLE,
        /** Transcoded by dcmtk into a temporary file, then read natively. */
        DCMTK,
        /** Not decodable here. */
        UNSUPPORTED
    }

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry(IMPLICIT_LITTLE, "implicit VR little endian"),
            Map.entry(EXPLICIT_LITTLE, "explicit VR little endian"),
            Map.entry(DEFLATED_EXPLICIT_LITTLE, "deflated explicit VR little endian"),
            Map.entry(EXPLICIT_BIG, "explicit VR big endian"),
            Map.entry(JPEG_BASELINE, "JPEG baseline"),
            Map.entry(JPEG_EXTENDED, "JPEG extended"),
            Map.entry(JPEG_LOSSLESS, "JPEG lossless"),
            Map.entry(JPEG_LOSSLESS_SV1, "JPEG lossless SV1"),
            Map.entry(JPEG_LS_LOSSLESS, "JPEG-LS lossless"),
            Map.entry(JPEG_LS_NEAR_LOSSLESS, "JPEG-LS near-lossless"),
            Map.entry(JPEG_2000_LOSSLESS, "JPEG 2000 lossless"),
            Map.entry(JPEG_2000, "JPEG 2000"),
            Map.entry(RLE, "RLE lossless"));

    private TransferSyntaxes() {
    }

    /** A readable name, or the UID itself when unknown. */
    public static String name(String uid) {
        return NAMES.getOrDefault(uid, uid);
    }

    /** The decoder for pixel data of this syntax and bit depth. */
    public static Decoder decoder(String uid, int bitsStored) {
        return switch (uid) {
            case IMPLICIT_LITTLE, EXPLICIT_LITTLE, EXPLICIT_BIG -> Decoder.NATIVE;
            case DEFLATED_EXPLICIT_LITTLE -> Decoder.PIXELMED_INFLATE;
            case JPEG_BASELINE, JPEG_LOSSLESS, JPEG_LOSSLESS_SV1, JPEG_2000_LOSSLESS, JPEG_2000, RLE ->
                    Decoder.IMAGEIO_OR_RLE;
            // The JDK's JPEG reader (used by PixelMed) handles 8-bit DCT only; 12-bit goes through dcmtk.
            case JPEG_EXTENDED -> bitsStored <= 8 ? Decoder.IMAGEIO_OR_RLE : Decoder.DCMTK;
            case JPEG_LS_LOSSLESS, JPEG_LS_NEAR_LOSSLESS -> Decoder.DCMTK;
            default -> Decoder.UNSUPPORTED;
        };
    }

    /** The dcmtk tool that decompresses a syntax with {@link Decoder#DCMTK}. */
    static String dcmtkTool(String uid) {
        return uid.equals(JPEG_LS_LOSSLESS) || uid.equals(JPEG_LS_NEAR_LOSSLESS) ? "dcmdjpls" : "dcmdjpeg";
    }
}
