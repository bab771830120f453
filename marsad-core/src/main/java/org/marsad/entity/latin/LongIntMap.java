package org.marsad.entity.latin;

/**
 * An open-addressing map from long keys to int values, without boxing: the hot lookups of
 * training and decoding. Key 0 marks an empty slot (one memory access a probe, not two), so the
 * key 0 itself is kept apart.
 */
final class LongIntMap {
    private static final int ABSENT = -1;
    private long[] keys;
    private int[] values;
    private int size;
    private int zeroValue = ABSENT;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
    }

    int size() {
        return size;
    }

    /** The value for the key, or -1. */
    int get(long key) {
        if (key == 0) {
            return zeroValue;
        }
        int mask = keys.length - 1;
        for (int i = slot(key, mask);; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == 0) {
                return ABSENT;
            }
        }
    }

    void put(long key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative values are not stored: " + value);
        }
        if (key == 0) {
            size += zeroValue == ABSENT ? 1 : 0;
            zeroValue = value;
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            keys[i] = key;
            size++;
        }
        values[i] = value;
    }

    private void grow() {
        long[] k = keys;
        int[] v = values;
        keys = new long[k.length * 2];
        values = new int[k.length * 2];
        size = zeroValue == ABSENT ? 0 : 1;
        for (int i = 0; i < k.length; i++) {
            if (k[i] != 0) {
                put(k[i], v[i]);
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
