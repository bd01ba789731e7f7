package org.petface.phantom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.petface.core.Affine;
import org.petface.core.Modality;
import org.petface.core.VoxelGrid;

class RasterizerTest {

    @Test
    void coarseToFineEqualsEvaluatingEveryVoxel() {
        PhantomSubject subject = PhantomSubject.sample(7, 3);
        PhantomSession session = PhantomSession.sample(7, subject, 2);
        for (Modality modality : new Modality[] {Modality.CT, Modality.PT}) {
            PhantomScene scene = PhantomGenerator.scene(subject, session, modality);
            // 1.3 mm pixels over the head and neck, slices through face, skull base and shoulders
            VoxelGrid grid = new VoxelGrid(230, 230, 9,
                    Affine.axisAligned(new double[] {-150, -160, -250}, 1.3, 1.3, 38));
            float[] fast = Rasterizer.rasterize(scene, grid);
            float[] reference = Rasterizer.rasterizeEveryVoxel(scene, grid);
            assertArrayEquals(reference, fast, modality + ": block skipping changed voxel values");
            int distinct = (int) java.util.stream.IntStream.range(0, fast.length)
                    .mapToDouble(n -> fast[n]).distinct().count();
            assertTrue(distinct > 100, "the grid should cross many tissue boundaries");
        }
    }
}
