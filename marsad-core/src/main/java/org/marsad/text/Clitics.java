package org.marsad.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Conservative proclitic segmentation of a normalised Arabic word: how many leading letters are
 * conjunction, preposition, future or article rather than stem ({@code وبالمفاوضات} → {@code وبال}
 * + {@code مفاوضات}). It is the prefix half of Larkey, Ballesteros and Connell's light stemmer
 * (light10), made more cautious because the stem here feeds entity and event matching, where a
 * wrongly cut name ({@code بوتين} → {@code وتين}) costs more than a missed cut.
 *
 * <p>The prefixes tried are listed in {@code text/proclitics.txt}, longest first. A prefix is
 * taken only when the stem left is long enough for the kind of prefix:
 * <ul>
 *   <li>ending in the article ({@code ال وال بال لل وبال ...}): at least {@value #MIN_STEM_AFTER_ARTICLE}
 *       letters, and the article's alef was written bare in the source (an alef with hamza, as in
 *       {@code ألمانيا} or {@code إلغاء}, is a stem letter);</li>
 *   <li>only {@code و} or {@code ف}: at least {@value #MIN_STEM_AFTER_CONJUNCTION} letters, or a
 *       two-letter function word listed in {@code text/conjunction-hosts.txt} ({@code وفي}, {@code فقد});</li>
 *   <li>with {@code ب ل ك} but no article: at least {@value #MIN_STEM_AFTER_PREPOSITION} letters;</li>
 *   <li>{@code وس}/{@code فس} (future): at least {@value #MIN_STEM_AFTER_FUTURE} letters starting
 *       with an imperfect prefix {@code ي ت ن} ({@code وسيكون} → {@code يكون}); bare {@code س}
 *       is never cut, too many nouns start with it ({@code سياسة}, {@code سيارة}, {@code سنة}).</li>
 * </ul>
 * and none of the words the prefix would cut into, from each clitic boundary on, is a word that
 * merely begins with these letters ({@link StemTrie}): the stems of
 * {@code text/unsegmented-words.txt} ({@code وزير}, {@code فلسطين}, {@code بريطانيا},
 * {@code الذي}), alone or with an ending of {@code text/stem-endings.txt} and a pronoun or case ending of
 * {@code text/final-suffixes.txt} ({@code وزاراتها}, {@code كثيرا}), and the first names of
 * {@code text/first-names.txt}. So {@code وبوتين} is {@code و} + {@code بوتين}, not
 * {@code وب} + {@code وتين}.
 *
 * <p>Known failures, found on the SaudiNewsNet corpus (July–August 2015): words that begin with {@code ب ك ل ف}
 * and are missing from the lists are cut, foreign names above all ({@code بايرن},
 * {@code كوستا}, {@code ليفربول} are listed, most are not); short real prefixes are kept
 * ({@code بسبب}, {@code لذلك}, {@code بشكل} stay whole); {@code للجنة} gives {@code جنه} unless
 * {@code لجنة} is listed (it is); the article is cut from names that carry it ({@code الجزائر}
 * → {@code جزائر}, as Lucene does); hamza seats are not folded, so {@code لقائه} is found from
 * {@code لقاء} only through the {@code اء}/{@code ئ} variant the trie adds; suffixes are never
 * removed from the stem.
 */
public final class Clitics {
    static final int MIN_STEM_AFTER_ARTICLE = 2;
    static final int MIN_STEM_AFTER_CONJUNCTION = 3;
    static final int MIN_STEM_AFTER_PREPOSITION = 4;
    static final int MIN_STEM_AFTER_FUTURE = 3;
    private static final Clitics STANDARD = new Clitics(
            Lexicon.load("text/proclitics.txt"),
            Lexicon.load("text/conjunction-hosts.txt"),
            Lexicon.load("text/unsegmented-words.txt"),
            Lexicon.load("text/first-names.txt"),
            Lexicon.load("text/stem-endings.txt"),
            Lexicon.load("text/final-suffixes.txt"));

    private final Prefix[][] byFirstLetter = new Prefix[0x0700 - 0x0600][];
    private final Set<String> attachableForms = new HashSet<>();
    private final WordSet conjunctionHosts;
    private final StemTrie wholeWords;

    Clitics(Lexicon prefixes, Lexicon hosts, Lexicon unsegmentedWords, Lexicon firstNames, Lexicon endings,
            Lexicon finals) {
        List<Prefix> all = new ArrayList<>();
        for (String entry : prefixes.entries()) {
            all.add(Prefix.parse(Lexicon.key(entry)));
        }
        all.sort(Comparator.comparingInt((Prefix p) -> p.form.length()).reversed());
        for (Prefix p : all) {
            int slot = p.form.charAt(0) - 0x0600;
            Prefix[] old = byFirstLetter[slot] == null ? new Prefix[0] : byFirstLetter[slot];
            Prefix[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = p;
            byFirstLetter[slot] = grown;
            if (p.kind != Kind.FUTURE) {
                attachableForms.add(p.form);
            }
        }
        conjunctionHosts = new WordSet(keys(hosts));
        Set<String> suffixes = new HashSet<>(keys(endings));
        for (String last : keys(finals)) {
            suffixes.add(last);
            for (String ending : keys(endings)) {
                suffixes.add(ending + last);
            }
        }
        wholeWords = new StemTrie(keys(unsegmentedWords), keys(firstNames), suffixes);
    }

    /** The segmenter over the bundled lists. */
    public static Clitics standard() {
        return STANDARD;
    }

    /**
     * Whether a normalised string is a listed prefix that can stand before a number, a Latin
     * word or a quotation ({@code الـ7}, {@code بـ"ردع"}, {@code لـCNN}): any but the future.
     */
    public boolean isAttachablePrefix(CharSequence norm) {
        return attachableForms.contains(norm.toString());
    }

    /** The number of leading letters of a normalised word that are proclitics. */
    public int prefixLength(CharSequence norm) {
        return prefixLength(norm, 0);
    }

    /**
     * The number of leading letters of a normalised word that are proclitics; bit {@code i} of
     * {@code hamzatedAlefs} says that letter {@code i} was an alef written with hamza or madda
     * in the source (see {@link ArabicNormalizer#isHamzatedAlef}).
     */
    public int prefixLength(CharSequence norm, int hamzatedAlefs) {
        int len = norm.length();
        if (len < 3) {
            return 0;
        }
        char first = norm.charAt(0);
        if (first < 0x0600 || first >= 0x0700 || byFirstLetter[first - 0x0600] == null) {
            return 0;
        }
        for (Prefix p : byFirstLetter[first - 0x0600]) {
            if (accepts(p, norm, len, hamzatedAlefs)) {
                return p.form.length();
            }
        }
        return 0;
    }

    private boolean accepts(Prefix p, CharSequence w, int len, int hamzatedAlefs) {
        int plen = p.form.length();
        int stem = len - plen;
        if (stem < 2 || !startsWith(w, p.form)) {
            return false;
        }
        switch (p.kind) {
            case ARTICLE:
                if (stem < MIN_STEM_AFTER_ARTICLE || (p.alefAt >= 0 && (hamzatedAlefs & (1 << p.alefAt)) != 0)) {
                    return false;
                }
                break;
            case CONJUNCTION:
                if (stem < MIN_STEM_AFTER_CONJUNCTION && !conjunctionHosts.contains(w, plen, len)) {
                    return false;
                }
                break;
            case PREPOSITION:
                if (stem < MIN_STEM_AFTER_PREPOSITION) {
                    return false;
                }
                break;
            case FUTURE:
                char next = w.charAt(plen);
                if (stem < MIN_STEM_AFTER_FUTURE || (next != 'ي' && next != 'ت' && next != 'ن')) {
                    return false;
                }
                break;
            default:
                throw new AssertionError(p.kind);
        }
        for (int boundary : p.boundaries) {
            if (wholeWords.matches(w, boundary, len)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(CharSequence w, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (w.charAt(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsWith(CharSequence w, int end, String suffix) {
        int start = end - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (w.charAt(start + i) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> keys(Lexicon lexicon) {
        Set<String> keys = new HashSet<>();
        for (String e : lexicon.entries()) {
            keys.add(Lexicon.key(e));
        }
        return keys;
    }

    enum Kind { ARTICLE, CONJUNCTION, PREPOSITION, FUTURE }

    /** One listed prefix, parsed into its clitics. */
    private static final class Prefix {
        final String form;
        final Kind kind;
        /** Where each clitic starts: the word from there on must not be a listed whole word. */
        final int[] boundaries;
        /** The article's alef, or -1 (no article, or {@code لل} where it is not written). */
        final int alefAt;

        private Prefix(String form, Kind kind, int[] boundaries, int alefAt) {
            this.form = form;
            this.kind = kind;
            this.boundaries = boundaries;
            this.alefAt = alefAt;
        }

        static Prefix parse(String form) {
            int[] starts = new int[form.length()];
            int count = 0;
            boolean article = false;
            boolean preposition = false;
            boolean future = false;
            int alefAt = -1;
            int i = 0;
            while (i < form.length()) {
                char c = form.charAt(i);
                starts[count++] = i;
                if (form.startsWith("ال", i) && i + 2 == form.length()) {
                    article = true;
                    alefAt = i;
                    i += 2;
                } else if (c == 'ل' && i + 2 == form.length() && form.charAt(i + 1) == 'ل') {
                    starts[count++] = i + 1;
                    article = true;
                    preposition = true;
                    i += 2;
                } else if ((c == 'و' || c == 'ف') && i == 0) {
                    i++;
                } else if (c == 'ب' || c == 'ل' || c == 'ك') {
                    preposition = true;
                    i++;
                } else if (c == 'س') {
                    future = true;
                    i++;
                } else {
                    throw new IllegalStateException("not a proclitic sequence: " + form);
                }
            }
            Kind kind = article ? Kind.ARTICLE : future ? Kind.FUTURE : preposition ? Kind.PREPOSITION : Kind.CONJUNCTION;
            return new Prefix(form, kind, Arrays.copyOf(starts, count), alefAt);
        }
    }
}
