package org.marsad.story;

/** Set arithmetic on sorted arrays of distinct ints: shingle sets, word sets. */
public final class IntSets {
    private IntSets() {
    }

    /** How many values two sorted sets share. */
    public static int shared(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    /** The Jaccard similarity of two sorted sets: shared over union; 0 for two empty sets. */
    public static double jaccard(int[] a, int[] b) {
        int shared = shared(a, b);
        int union = a.length + b.length - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    /** The distinct values of an array, sorted (the array is sorted in place). */
    public static int[] of(int[] values) {
        java.util.Arrays.sort(values);
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (i == 0 || values[i] != values[i - 1]) {
                values[n++] = values[i];
            }
        }
        return n == values.length ? values : java.util.Arrays.copyOf(values, n);
    }
}
