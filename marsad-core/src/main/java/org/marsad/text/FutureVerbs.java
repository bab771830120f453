package org.marsad.text;

/**
 * The shape of an Arabic future-tense verb: {@code س} before an imperfect prefix and a stem
 * ({@code سيعقد}, {@code وستلتقي}, {@code سنواصل}). Names can have the shape too ({@code ستيفن},
 * {@code سيلفا}); each caller rules those out by what it knows.
 */
public final class FutureVerbs {
    /** س, a prefix and a root of three letters. */
    private static final int MIN_LENGTH = 5;

    private FutureVerbs() {
    }

    /** Whether the normalised word, after a و or ف, has the future prefix: {@code س} then ي, ت or ن. */
    public static boolean hasFuturePrefix(String key) {
        String k = key.length() > MIN_LENGTH && (key.charAt(0) == 'و' || key.charAt(0) == 'ف') && key.charAt(1) == 'س'
                ? key.substring(1) : key;
        return k.length() >= MIN_LENGTH && k.charAt(0) == 'س' && "يتن".indexOf(k.charAt(1)) >= 0;
    }
}
