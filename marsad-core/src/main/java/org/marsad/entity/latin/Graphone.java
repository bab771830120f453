package org.marsad.entity.latin;

/**
 * One step of a transliteration: one or two Arabic letters written as zero to three Latin
 * letters. A name is a sequence of them; the model is an n-gram model over such sequences.
 */
record Graphone(String arabic, String latin) implements Comparable<Graphone> {
    static final int MAX_ARABIC = 2;
    static final int MAX_LATIN = 3;

    Graphone {
        if (arabic.isEmpty() || arabic.length() > MAX_ARABIC || latin.length() > MAX_LATIN) {
            throw new IllegalArgumentException("not a graphone: " + arabic + "}" + latin);
        }
    }

    /** A key that orders and identifies graphones without a string: two chars, then up to three letters a-z. */
    static long key(CharSequence arabic, int aFrom, int aTo, CharSequence latin, int lFrom, int lTo) {
        long k = arabic.charAt(aFrom);
        k = (k << 16) | (aTo - aFrom > 1 ? arabic.charAt(aFrom + 1) : 0);
        for (int i = lFrom; i < lFrom + MAX_LATIN; i++) {
            k = (k << 5) | (i < lTo ? latin.charAt(i) - 'a' + 1 : 0);
        }
        return k;
    }

    long key() {
        return key(arabic, 0, arabic.length(), latin, 0, latin.length());
    }

    static Graphone ofKey(long key) {
        StringBuilder latin = new StringBuilder(MAX_LATIN);
        for (int shift = 5 * (MAX_LATIN - 1); shift >= 0; shift -= 5) {
            int c = (int) (key >>> shift) & 31;
            if (c != 0) {
                latin.append((char) ('a' + c - 1));
            }
        }
        char a0 = (char) (key >>> (16 + 5 * MAX_LATIN));
        char a1 = (char) (key >>> (5 * MAX_LATIN));
        return new Graphone(a1 == 0 ? String.valueOf(a0) : "" + a0 + a1, latin.toString());
    }

    @Override
    public int compareTo(Graphone o) {
        return Long.compare(key(), o.key());
    }

    @Override
    public String toString() {
        return arabic + "}" + latin;
    }
}
