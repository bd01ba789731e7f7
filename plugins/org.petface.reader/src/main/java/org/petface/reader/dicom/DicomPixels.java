package org.petface.reader.dicom;

import com.pixelmed.dicom.Attribute;
import com.pixelmed.dicom.AttributeList;
import com.pixelmed.dicom.DicomException;
import com.pixelmed.dicom.TagFromName;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.petface.reader.PixelFormat;
import org.petface.reader.SliceRecord;
import org.petface.reader.dicom.InvalidDicomException.Kind;

/**
 * Decodes the pixels of one image (frame) into modality values. Native pixel data is read straight from
 * the file at the offset the scanner found; encapsulated frames go through the ImageIO codecs PixelMed
 * uses (JDK JPEG, pixelmed-imageio JPEG lossless, jai-imageio JPEG 2000) or the RLE decoder; JPEG-LS and
 * 12-bit JPEG are decompressed by dcmtk into a temporary file, which is deleted afterwards. The source file is only ever read.
 */
public final class DicomPixels {

    /** Nesting bound for re-checking a file before its fragments are read (the scan used a tighter one). */
    private static final int RECHECK_DEPTH = 64;

    private DicomPixels() {
    }

    /** rows * columns floats, row-major, with RescaleSlope and RescaleIntercept applied. */
    public static float[] readRescaled(SliceRecord slice) throws IOException {
        double slope = slice.rescaleSlope();
        double intercept = slice.rescaleIntercept();
        PixelFormat format = slice.pixelFormat();
        if (slice.hasNativePixelData() && format.isGreyscale() && format.bitsAllocated() == 16
                && format.bitsStored() == 16 && TransferSyntaxes.decoder(slice.transferSyntaxUid(), 16)
                == TransferSyntaxes.Decoder.NATIVE) {
            // The common CT/PET case, kept free of intermediate arrays: it dominates volume reading time.
            ByteBuffer bytes = readNativeFrame(slice.file(), slice, slice.pixelDataOffset(), slice.pixelDataLength(),
                    TransferSyntaxes.EXPLICIT_BIG.equals(slice.transferSyntaxUid()));
            short[] raw = new short[slice.rows() * slice.columns()];
            bytes.asShortBuffer().get(raw);
            float[] out = new float[raw.length];
            float fs = (float) slope;
            float fi = (float) intercept;
            if (format.signed()) {
                for (int i = 0; i < raw.length; i++) {
                    out[i] = raw[i] * fs + fi;
                }
            } else {
                for (int i = 0; i < raw.length; i++) {
                    out[i] = (raw[i] & 0xFFFF) * fs + fi;
                }
            }
            return out;
        }
        int[] stored = readStored(slice);
        float[] out = new float[stored.length];
        for (int i = 0; i < stored.length; i++) {
            out[i] = (float) (stored[i] * slope + intercept);
        }
        return out;
    }

    /** The stored values (masked to BitsStored, sign-extended when signed), rows * columns, row-major. */
    public static int[] readStored(SliceRecord slice) throws IOException {
        PixelFormat format = slice.pixelFormat();
        if (!format.isGreyscale()) {
            throw new InvalidDicomException(Kind.UNSUPPORTED, slice.file() + ": colour images are not supported");
        }
        String syntax = slice.transferSyntaxUid();
        return switch (TransferSyntaxes.decoder(syntax, format.bitsStored())) {
            case NATIVE -> slice.hasNativePixelData()
                    ? readNative(slice.file(), slice, slice.pixelDataOffset(), slice.pixelDataLength(),
                            TransferSyntaxes.EXPLICIT_BIG.equals(syntax))
                    : readNativeAfterCheck(slice.file(), slice);
            case PIXELMED_INFLATE -> readInflated(slice);
            case IMAGEIO_OR_RLE -> readEncapsulated(slice);
            case DCMTK -> readThroughDcmtk(slice);
            case UNSUPPORTED -> throw new InvalidDicomException(Kind.UNSUPPORTED,
                    slice.file() + ": unsupported transfer syntax " + syntax);
        };
    }

    private static int[] readNativeAfterCheck(Path file, SliceRecord slice) throws IOException {
        DicomPreCheck.Result check = DicomPreCheck.check(file, RECHECK_DEPTH);
        if (check.encapsulated() || check.deflated()) {
            throw new InvalidDicomException(Kind.MALFORMED, file + ": expected native pixel data");
        }
        return readNative(file, slice, check.pixelDataOffset(), check.pixelDataLength(),
                TransferSyntaxes.EXPLICIT_BIG.equals(check.transferSyntaxUid()));
    }

    private static int[] readNative(Path file, SliceRecord slice, long pixelOffset, long pixelLength,
                                    boolean bigEndian) throws IOException {
        ByteBuffer buffer = readNativeFrame(file, slice, pixelOffset, pixelLength, bigEndian);
        return StoredValues.fromBytes(buffer, slice.pixelFormat(), slice.rows() * slice.columns());
    }

    /** The bytes of one native frame, in the byte order of the transfer syntax. */
    private static ByteBuffer readNativeFrame(Path file, SliceRecord slice, long pixelOffset, long pixelLength,
                                              boolean bigEndian) throws IOException {
        long frameBytes = (long) slice.rows() * slice.columns() * slice.pixelFormat().bytesPerSample();
        long start = pixelOffset + slice.frameIndex() * frameBytes;
        if (start + frameBytes > pixelOffset + pixelLength || frameBytes > Integer.MAX_VALUE - 8) {
            throw new InvalidDicomException(Kind.TRUNCATED, file + ": pixel data too short for frame "
                    + slice.frameIndex());
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) frameBytes);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (start + frameBytes > channel.size()) {
                throw new InvalidDicomException(Kind.TRUNCATED, file + ": file ends inside the pixel data");
            }
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, start + buffer.position()) < 0) {
                    throw new InvalidDicomException(Kind.TRUNCATED, file + ": file ends inside the pixel data");
                }
            }
        }
        buffer.flip();
        return buffer.order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    }

    private static int[] readInflated(SliceRecord slice) throws IOException {
        AttributeList list = new AttributeList();
        DicomPreCheck.check(slice.file(), RECHECK_DEPTH);
        try {
            list.read(slice.file().toFile());
            Attribute pixels = list.get(TagFromName.PixelData);
            if (pixels == null) {
                throw new InvalidDicomException(Kind.NO_PIXEL_DATA, slice.file() + ": no pixel data");
            }
            int n = slice.rows() * slice.columns();
            ByteBuffer frame;
            if (slice.pixelFormat().bitsAllocated() == 8) {
                byte[] all = pixels.getByteValues();
                frame = ByteBuffer.wrap(all, checkedStart(slice, all.length, n), n);
            } else {
                short[] all = pixels.getShortValues();
                int from = checkedStart(slice, all.length, n);
                frame = ByteBuffer.allocate(n * 2).order(ByteOrder.LITTLE_ENDIAN);
                frame.asShortBuffer().put(all, from, n);
            }
            return StoredValues.fromBytes(frame.slice().order(ByteOrder.LITTLE_ENDIAN), slice.pixelFormat(), n);
        } catch (DicomException e) {
            throw new InvalidDicomException(Kind.MALFORMED, slice.file() + ": " + e.getMessage(), e);
        }
    }

    private static int checkedStart(SliceRecord slice, int available, int perFrame) throws InvalidDicomException {
        long start = (long) slice.frameIndex() * perFrame;
        if (start + perFrame > available) {
            throw new InvalidDicomException(Kind.TRUNCATED, slice.file() + ": pixel data too short for frame "
                    + slice.frameIndex());
        }
        return (int) start;
    }

    private static int[] readEncapsulated(SliceRecord slice) throws IOException {
        DicomPreCheck.Result check = DicomPreCheck.check(slice.file(), RECHECK_DEPTH);
        if (!check.encapsulated()) {
            throw new InvalidDicomException(Kind.MALFORMED, slice.file() + ": expected encapsulated pixel data");
        }
        byte[] compressed = EncapsulatedFrames.frame(slice.file(), check, slice.frameIndex(),
                slice.numberOfFrames());
        int[] samples;
        try {
            samples = FrameDecoder.decode(slice.transferSyntaxUid(), compressed, slice.rows(), slice.columns(),
                    slice.pixelFormat().bitsAllocated());
        } catch (InvalidDicomException e) {
            throw new InvalidDicomException(e.kind(), slice.file() + ": " + e.getMessage(), e);
        }
        return StoredValues.fromDecodedSamples(samples, slice.pixelFormat());
    }

    private static int[] readThroughDcmtk(SliceRecord slice) throws IOException {
        Path temp = Files.createTempFile("petface-dcmtk-", ".dcm");
        try {
            Dcmtk.decompress(TransferSyntaxes.dcmtkTool(slice.transferSyntaxUid()), slice.file(), temp);
            return readNativeAfterCheck(temp, slice);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
