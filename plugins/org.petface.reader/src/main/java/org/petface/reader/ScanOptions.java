package org.petface.reader;

/**
 * Options of the series scanner (stage 1).
 *
 * @param recursive descend into sub-folders
 * @param followLinks follow symbolic links while walking (cycles are detected by the file walker)
 * @param includeNifti report .nii / .nii.gz files as series
 * @param threads worker threads for header reading (1 = sequential)
 * @param maxSequenceDepth deepest sequence nesting accepted by the pre-check before a file is rejected
 */
public record ScanOptions(boolean recursive, boolean followLinks, boolean includeNifti, int threads,
                          int maxSequenceDepth) {

    public ScanOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (maxSequenceDepth < 1 || maxSequenceDepth > 64) {
            throw new IllegalArgumentException("maxSequenceDepth must be in 1..64, got " + maxSequenceDepth);
        }
    }

    /** Recursive, no link following, NIfTI included, one thread per core, sequences nested at most 16 deep. */
    public static ScanOptions defaults() {
        return new ScanOptions(true, false, true, Runtime.getRuntime().availableProcessors(), 16);
    }

    public ScanOptions withThreads(int n) {
        return new ScanOptions(recursive, followLinks, includeNifti, n, maxSequenceDepth);
    }
}
