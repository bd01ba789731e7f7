package org.petface.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MeshTest {

    @Test
    void boundsAndCounts() {
        Mesh m = new Mesh(new float[] {0, 0, 0, 2, 0, 0, 0, 3, -1}, new int[] {0, 1, 2}, new float[9]);
        assertEquals(3, m.vertexCount());
        assertEquals(1, m.triangleCount());
        assertArrayEquals(new double[] {0, 0, -1, 2, 3, 0}, m.bounds(), 0);
    }

    @Test
    void rejectsDanglingIndicesAndMissingNormals() {
        assertThrows(IllegalArgumentException.class, () -> new Mesh(new float[9], new int[] {0, 1, 3}, new float[9]));
        assertThrows(IllegalArgumentException.class, () -> new Mesh(new float[9], new int[] {0, 1, 2}, new float[6]));
    }

    @Test
    void embeddingNeedsModelAndFiniteValues() {
        assertThrows(IllegalArgumentException.class, () -> new Embedding(new float[] {1}, " "));
        assertThrows(IllegalArgumentException.class, () -> new Embedding(new float[] {Float.NaN}, "m"));
        assertEquals(2, new Embedding(new float[] {1, 2}, "m").dimension());
    }

    @Test
    void cosineSimilarityOfEmbeddings() {
        Embedding a = new Embedding(new float[] {1, 0}, "m");
        assertEquals(1, a.cosineSimilarity(new Embedding(new float[] {3, 0}, "m")), 1e-12);
        assertEquals(0, a.cosineSimilarity(new Embedding(new float[] {0, 2}, "m")), 1e-12);
        assertEquals(-Math.sqrt(0.5), a.cosineSimilarity(new Embedding(new float[] {-1, 1}, "m")), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> a.cosineSimilarity(new Embedding(new float[3], "m")));
    }
}
