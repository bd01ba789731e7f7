package org.petface.phantom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.petface.core.Volume;

/**
 * Pins the generated voxels bit for bit: SHA-256 of each volume's matrix size, affine and voxel values,
 * recorded before the generator was optimised. Any change to a digest changes the synthetic cohort.
 */
class PhantomDigestTest {

    @ParameterizedTest
    @CsvSource({
        "11, 0.25, 2, 1, 9989713ce86b38ed2326e4d578a83418e7e5dfc40932b6a04388bcc78d71c30a, cb8c7553175a34589cdf6124b810bb3d312140d00dbf5e3542d6fb66653cd23e",
        "3, 0.5, 1, 2, a28aa03fab6fb5d4f0c0c9618a163a580db2733b5b8ab9133f18f50ba29cc4e0, e0003d5c2bc7f00007c3a92c0e7b53ea72704ff6893f85a371dde091cb3b6199",
        "21, 1.0, 0, 1, b7ed1dbed684872949cd7d6f48074a78ada8234d4648cf3b4312fa9bf660a488, 93c591b240d3ace143715f6908eb31d0d0f5a512ba2538e831f5f6876888d7d3",
        "7, 1.0, 5, 2, 3bb5896690405a63a25cff0c4c10cfad4d4157bfba459b3cf4979453fe09df4f, 6aa8ac02007754c033a65f55b823bce72582b49e24e528f2f8cbb14b5cb25dd0",
    })
    void generatedVolumesAreUnchangedBitForBit(long seed, double scale, int subject, int session,
                                               String ctDigest, String petDigest) {
        PhantomStudy study = new PhantomGenerator(seed, scale).generate(subject, session);
        assertEquals(ctDigest, digest(study.ct()), "CT");
        assertEquals(petDigest, digest(study.petSuv()), "PET");
    }

    static String digest(Volume volume) {
        float[] voxels = volume.voxels();
        double[] affine = volume.affine().rows();
        ByteBuffer bytes = ByteBuffer.allocate(3 * Integer.BYTES + affine.length * Double.BYTES + voxels.length * Float.BYTES);
        bytes.putInt(volume.grid().nx()).putInt(volume.grid().ny()).putInt(volume.grid().nz());
        for (double a : affine) {
            bytes.putDouble(a);
        }
        for (float v : voxels) {
            bytes.putInt(Float.floatToRawIntBits(v));
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
