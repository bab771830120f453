package org.marsad.index;

import java.util.Collection;

/**
 * The attached particles a name can carry in running Arabic text, and how much of a word must
 * remain after removing one. Works on folded text (see {@link ArabicFoldFilter}).
 *
 * <p>Conservative on purpose: a name is never cut below {@link #MIN_REMAINING} letters, so
 * {@code الله}, {@code بيسكوف} and {@code وليد} keep their first letters in the form the query
 * side looks up; the index side adds stripped forms beside the whole word and never instead of it.
 */
final class Proclitics {
    /** The article with the particles that fuse with it, longest first (Larkey's light10 list). */
    private static final String[] ARTICLES = {"وال", "بال", "فال", "كال", "لل", "ال"};
    /** Single-letter particles: the conjunctions wa and fa, the prepositions bi, li and ka. */
    private static final String ONE_LETTER = "وفبلك";
    /** The fewest letters a stripped word keeps; shorter remainders are not names. */
    static final int MIN_REMAINING = 3;

    private Proclitics() {
    }

    /** Whether the word may open with a one-letter particle that {@link #strippedForms} removes. */
    static boolean mayStartWithParticle(CharSequence word) {
        return word.length() - 1 >= MIN_REMAINING && ONE_LETTER.indexOf(word.charAt(0)) >= 0;
    }

    /** The length of the article prefix to remove from {@code word}, or 0. */
    static int articleLength(CharSequence word) {
        for (String article : ARTICLES) {
            if (word.length() - article.length() >= MIN_REMAINING && startsWith(word, article)) {
                return article.length();
            }
        }
        return 0;
    }

    /** The word without its article, or the word itself. */
    static String withoutArticle(CharSequence word) {
        return word.subSequence(articleLength(word), word.length()).toString();
    }

    /**
     * Adds to {@code out} every form of {@code word} with its particles removed, the word itself
     * excluded: without the article; without one single-letter particle; and without both, as in
     * {@code وبالرياض} → {@code بالرياض} → {@code رياض}.
     */
    static void strippedForms(CharSequence word, Collection<String> out) {
        int article = articleLength(word);
        boolean particle = mayStartWithParticle(word);
        if (article == 0 && !particle) {
            return; // no particle: nothing allocated
        }
        String whole = word.toString();
        if (article > 0) {
            out.add(whole.substring(article));
        }
        if (particle) {
            String rest = whole.substring(1);
            addIfNew(rest, whole, out);
            addIfNew(withoutArticle(rest), whole, out);
        }
    }

    private static void addIfNew(String form, String whole, Collection<String> out) {
        if (!form.equals(whole) && !out.contains(form)) {
            out.add(form);
        }
    }

    private static boolean startsWith(CharSequence word, String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (word.charAt(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
