package org.petface.reader;

/**
 * How the stored pixel values of an image are laid out (Image Pixel module).
 *
 * @param bitsAllocated 8 or 16 (32 for float/int32 data)
 * @param bitsStored significant bits of each sample
 * @param highBit most significant bit of a sample within its allocation
 * @param signed PixelRepresentation = 1 (two's complement)
 * @param samplesPerPixel 1 for greyscale
 * @param photometricInterpretation e.g. MONOCHROME2, MONOCHROME1, RGB
 * @param planarConfiguration 0 = colour-by-pixel, 1 = colour-by-plane (only meaningful for colour)
 */
public record PixelFormat(int bitsAllocated, int bitsStored, int highBit, boolean signed, int samplesPerPixel,
                          String photometricInterpretation, int planarConfiguration) {

    public PixelFormat {
        photometricInterpretation = photometricInterpretation == null ? "" : photometricInterpretation.trim();
    }

    public int bytesPerSample() {
        return (bitsAllocated + 7) / 8;
    }

    public boolean isGreyscale() {
        return samplesPerPixel == 1;
    }
}
