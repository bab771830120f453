package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    /** Directions, as {@link #words} writes them (normalised, without the article). */
    private static final Set<String> DIRECTIONS = Set.of("شمالي", "شماليه", "جنوبي", "جنوبيه",
            "شرقي", "شرقيه", "غربي", "غربيه", "وسطي", "اوسط", "ادني", "اقصي");
    /** Son or daughter of, as {@link #words} writes them. */
    private static final Set<String> SON_OF = Set.of("بن", "ابن", "بنت");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\p{Punct}«»“”،؛]+");

    private Names() {
    }

    /**
     * The words of a name, normalised, each without its article: {@code الولايات المتحدة} →
     * {@code ولايات متحده}; {@code عبد} joined to the word after it ({@code عبد الله} → {@code عبدالله}).
     */
    public static List<String> words(CharSequence name) {
        List<String> words = new ArrayList<>();
        String[] parts = WORD_BREAK.split(ArabicNormalizer.normalize(name));
        for (int i = 0; i < parts.length; i++) {
            String w = parts[i];
            if (w.isEmpty()) {
                continue;
            }
            if (w.equals("عبد") && i + 1 < parts.length && !parts[i + 1].isEmpty()) {
                w = w + parts[++i]; // عبد العزيز is written عبدالعزيز as often
            }
            String bare = w.startsWith("ال") && w.length() > 3 ? w.substring(2) : w;
            words.add(foldHamza(bare));
        }
        return words;
    }

    /**
     * The father's name in a name written with its lineage ({@code محمد بن نايف بن عبدالعزيز} →
     * {@code نايف}), or null: two men of one first name and family are told apart by it.
     * Takes the words as {@link #words} gives them; a leading {@code بن} is a first name (Ben).
     */
    public static String father(List<String> words) {
        for (int i = 1; i + 1 < words.size(); i++) {
            if (SON_OF.contains(words.get(i))) {
                return words.get(i + 1);
            }
        }
        return null;
    }

    /**
     * Whether a word carries a name's lineage on: son or daughter of ({@code بن}, {@code ابن},
     * {@code بنت}), or of the family of ({@code آل}, which {@link #words} writes {@code ال}).
     */
    public static boolean continuesLineage(String word) {
        return SON_OF.contains(word) || word.equals("ال");
    }

    /** The words joined by one space: equal keys are the same name, however written. */
    public static String key(CharSequence name) {
        return String.join(" ", words(name));
    }

    /**
     * A word's consonant skeleton: no long vowels or hamza, no doubled letters, and the letters
     * that transliterate one foreign sound merged: the g letters, the t letters, and a final s or z
     * (Scholz is {@code شولتس} and {@code شولتز}, Sanchez {@code سانشيز} and {@code سانشيس}). Inside
     * the word s and z stay apart: Arabic names differ by them ({@code عصام}, {@code عزام}).
     */
    public static String skeleton(String word) {
        StringBuilder s = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = switch (word.charAt(i)) {
                case 'ا', 'و', 'ي', 'ى', 'ء', 'ئ', 'ؤ' -> 0;
                case 'غ', 'ج', 'ق', 'گ' -> 'ج';
                case 'ط' -> 'ت';
                case 'ص', 'ث' -> 'س';
                case 'ز', 'ذ', 'ظ' -> i == word.length() - 1 ? 'س' : 'ز';
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

    /** Whether two name words are spellings of one name: one skeleton of three consonants or more, at most two edits apart. */
    public static boolean closeSpellings(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String skeleton = skeleton(a);
        // two consonants say too little: عيسى and عويس, عايز share one
        if (Math.min(a.length(), b.length()) < 4 || skeleton.length() < 3 || !skeleton.equals(skeleton(b))) {
            return false;
        }
        return editDistance(a, b, 2) <= 2;
    }

    /**
     * Whether a name word says what kind of thing is named rather than which one: a generic noun
     * ({@code حلف}, {@code وزارة}, {@code مدينة}) or a nisba adjective ({@code الروسي}, {@code الخارجية}).
     * A direction is not generic: it names another place ({@code كوريا الجنوبية}, {@code آسيا الوسطى}).
     * Takes a word as {@link #words} gives it.
     */
    public static boolean isGeneric(String word) {
        return !DIRECTIONS.contains(word)
                && (GENERIC_NOUNS.containsKey(word) || word.endsWith("ي") || word.endsWith("يه"));
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
