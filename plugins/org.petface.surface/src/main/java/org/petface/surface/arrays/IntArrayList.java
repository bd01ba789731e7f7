package org.petface.surface.arrays;

import java.util.Arrays;

/** A growable list of ints without boxing. */
public final class IntArrayList {

    private int[] values;
    private int size;

    public IntArrayList(int initialCapacity) {
        values = new int[Math.max(4, initialCapacity)];
    }

    public void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = v;
    }

    public void add(int a, int b) {
        if (size + 2 > values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, size + 2));
        }
        values[size++] = a;
        values[size++] = b;
    }

    public void add(int a, int b, int c) {
        if (size + 3 > values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, size + 3));
        }
        values[size++] = a;
        values[size++] = b;
        values[size++] = c;
    }

    public int get(int index) {
        return values[index];
    }

    public int size() {
        return size;
    }

    /** The backing array (may be longer than size); valid until the next add. */
    public int[] raw() {
        return values;
    }

    public int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
