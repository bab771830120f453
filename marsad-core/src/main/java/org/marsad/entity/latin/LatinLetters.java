package org.marsad.entity.latin;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The Latin side of transliteration: lower-case a to z only. Accents are dropped (Wikidata
 * spells names in their own languages: Kösen, Muḥammad) because the output is a search key in
 * English text, and a few letters that do not decompose are spelled out.
 */
public final class LatinLetters {
    private LatinLetters() {
    }

    /** The word in lower-case a to z: {@code Péskov} → {@code peskov}, {@code O'Brien} → {@code obrien}. */
    public static String of(String word) {
        String d = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            } else {
                out.append(spelled(c));
            }
        }
        return out.toString();
    }

    private static String spelled(char c) {
        return switch (c) {
            case 'ł' -> "l";
            case 'ø' -> "o";
            case 'ı' -> "i";
            case 'đ', 'ð' -> "d";
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'œ' -> "oe";
            case 'þ' -> "th";
            default -> "";
        };
    }
}
