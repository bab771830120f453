package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Lexicon;

/**
 * Comparing names the way spelling varies in Arabic news. Three strengths: the {@link #key} folds
 * what is the same name in any outlet (alef, ya, ta marbuta, hamza seats, diacritics, the article
 * {@code ال}); the {@link #skeleton} also drops the long vowels and merges the letters outlets use
 * for one foreign sound (g as غ, ج or ق; t as ت or ط), so دميتري and ديمتري, تروس and تراس,
 * غروشكو and جروشكو share one; {@link #closeSpellings} asks for a shared skeleton and at most two
 * edits, so that names far apart in writing stay apart even when their consonants agree.
 */
public final class Names {
    private static final Lexicon GENERIC_NOUNS = Lexicon.load("entity/generic-heads.txt");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\p{Punct}«»“”،؛]+");

    private Names() {
    }

    /** The words of a name, normalised, each without its article: {@code الولايات المتحدة} → {@code ولايات متحده}. */
    public static List<String> words(CharSequence name) {
        List<String> words = new ArrayList<>();
        for (String w : WORD_BREAK.split(ArabicNormalizer.normalize(name))) {
            if (w.isEmpty()) {
                continue;
            }
            String bare = w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
            words.add(foldHamza(bare));
        }
        return words;
    }

    /** The words joined by one space: equal keys are the same name, however written. */
    public static String key(CharSequence name) {
        return String.join(" ", words(name));
    }

    /** A word's consonant skeleton: no long vowels or hamza, the g and t letters merged, no doubled letters. */
    public static String skeleton(String word) {
        StringBuilder s = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = switch (word.charAt(i)) {
                case 'ا', 'و', 'ي', 'ى', 'ء', 'ئ', 'ؤ' -> 0;
                case 'غ', 'ج', 'ق', 'گ' -> 'ج';
                case 'ط' -> 'ت';
                case 'ص', 'ث' -> 'س';
                case 'ذ', 'ظ' -> 'ز';
                case 'ض' -> 'د';
                case 'ة' -> 'ه';
                default -> word.charAt(i);
            };
            if (c != 0 && (s.length() == 0 || s.charAt(s.length() - 1) != c)) {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** Whether two name words are spellings of one name: one skeleton, at most two edits apart, long enough to tell. */
    public static boolean closeSpellings(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) < 4 || !skeleton(a).equals(skeleton(b))) {
            return false;
        }
        return editDistance(a, b, 2) <= 2;
    }

    /**
     * Whether a name word says what kind of thing is named rather than which one: a generic noun
     * ({@code حلف}, {@code وزارة}, {@code مدينة}) or a nisba adjective ({@code الروسي}, {@code الخارجية}).
     * Takes a word as {@link #words} gives it.
     */
    public static boolean isGeneric(String word) {
        return GENERIC_NOUNS.containsKey(word) || word.endsWith("ي") || word.endsWith("يه");
    }

    /** Levenshtein distance, or {@code limit + 1} as soon as it must exceed {@code limit}. */
    public static int editDistance(CharSequence a, CharSequence b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int best = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                best = Math.min(best, cur[j]);
            }
            if (best > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Hamza on a seat (ؤ ئ) and alone (ء) is written either way for the same name. */
    private static String foldHamza(String w) {
        if (w.indexOf('ؤ') < 0 && w.indexOf('ئ') < 0) {
            return w;
        }
        return w.replace('ؤ', 'و').replace('ئ', 'ي');
    }
}
