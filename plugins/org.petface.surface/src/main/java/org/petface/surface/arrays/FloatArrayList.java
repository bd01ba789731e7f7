package org.petface.surface.arrays;

import java.util.Arrays;

/** A growable list of floats without boxing. */
public final class FloatArrayList {

    private float[] values;
    private int size;

    public FloatArrayList(int initialCapacity) {
        values = new float[Math.max(4, initialCapacity)];
    }

    public void add(float x, float y, float z) {
        if (size + 3 > values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, size + 3));
        }
        values[size++] = x;
        values[size++] = y;
        values[size++] = z;
    }

    public int size() {
        return size;
    }

    /** The backing array (may be longer than size); valid until the next add. */
    public float[] raw() {
        return values;
    }

    public float[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
