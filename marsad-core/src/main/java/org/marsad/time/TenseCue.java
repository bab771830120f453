package org.marsad.time;

import org.marsad.text.FutureVerbs;
import org.marsad.text.Lexicon;

/**
 * Whether the clause around a word speaks of the future: the nearest tense cue in the few words
 * before it (a future verb with the prefix {@code سـ} or {@code سوف}, {@code المقرر},
 * {@code المرتقب}; or a past verb such as {@code قال}), else the words right after it
 * ({@code المقبل}). News reports the past, so without a cue the clause is past.
 */
final class TenseCue {
    static final int WINDOW = 6;
    /** The longest future verb without a plural or dual ending: س, a prefix, six letters (سيستقبلون less its ون). */
    private static final int MAX_FUTURE_VERB = 8;
    private static final Lexicon NAMES = Lexicon.load("entity/ner/wikidata-name-words.txt");
    private static final Lexicon FIRST_NAMES = Lexicon.load("text/first-names.txt");

    private TenseCue() {
    }

    /** True for a future clause around words {@code [from, to)}. */
    static boolean future(TimeWords w, int from, int to) {
        for (int k = to; k < Math.min(w.size, to + 2); k++) {
            String b = w.bare(k);
            if (TimeData.FUTURE.contains(b)) {
                return true;
            }
            if (TimeData.PAST.contains(b)) {
                return false;
            }
        }
        for (int k = from - 1; k >= Math.max(0, from - WINDOW); k--) {
            int c = cue(w, k);
            if (c != 0) {
                return c > 0;
            }
        }
        for (int k = to; k < Math.min(w.size, to + WINDOW); k++) {
            int c = cue(w, k);
            if (c != 0) {
                return c > 0;
            }
        }
        return false;
    }

    /** +1 future, -1 past, 0 none. */
    static int cue(TimeWords w, int k) {
        String key = w.key(k);
        String b = w.bare(k);
        if (TimeData.FUTURE.contains(b) || TimeData.FUTURE.contains(key)) {
            return 1;
        }
        if (TimeData.PAST.contains(b) || TimeData.PAST.contains(key)) {
            return -1;
        }
        return isFutureVerb(key) && !isName(w, k) ? 1 : 0;
    }

    /**
     * A name that only looks like a future verb: a listed name word ({@code ستيفن}, {@code سيرغي}), a
     * word right after a listed first name, or one longer than a future verb gets without the
     * endings of its plural and dual ({@code ستولتنبرج}, but {@code سيستأنفون} is a verb).
     */
    private static boolean isName(TimeWords w, int k) {
        String key = w.key(k);
        boolean tooLong = key.length() > MAX_FUTURE_VERB && !key.endsWith("ون") && !key.endsWith("ان");
        return tooLong || NAMES.containsKey(key) || k > 0 && FIRST_NAMES.containsKey(w.key(k - 1));
    }

    /** {@code سيعقد}, {@code وستلتقي}, {@code سنواصل}: the future prefix, on no word listed as not a verb. */
    static boolean isFutureVerb(String key) {
        if (!FutureVerbs.hasFuturePrefix(key)) {
            return false;
        }
        String k = key.charAt(0) == 'س' ? key : key.substring(1);
        for (String not : TimeData.NOT_FUTURE) {
            if (k.startsWith(not)) {
                return false;
            }
        }
        return true;
    }
}
