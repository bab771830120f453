package org.marsad.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.marsad.text.Lexicon;

/**
 * Lines that recur across many articles of one outlet are its template (footers, subscription
 * pleas, sign-offs), whatever words they use. This counts short lines per outlet as articles
 * stream past, in input order, and tells each article which of its lines were template lines
 * already before it arrived.
 *
 * <p>Observing happens on one thread in input order (the batch reader), so the same corpus is
 * cleaned the same way on every run, however the analysis threads are scheduled. The first
 * articles of an outlet are cleaned without this help; the lexicon and line-feature rules in
 * {@link Boilerplate} cover them. Memory is bounded: once {@link #MAX_TRACKED} lines are
 * tracked, new lines are no longer added.
 */
public final class RecurringLines {
    /** Seen in this many articles of one outlet, a line is template. */
    static final int MIN_ARTICLES = 5;
    /** Only short lines are candidates: template lines are labels and sign-offs. */
    static final int MAX_WORDS = 12;
    static final int MAX_TRACKED = 2_000_000;

    private final Map<Long, Integer> counts = new HashMap<>();

    /**
     * The template lines of an article of {@code outlet}, judged by the articles observed before
     * it; then the article's own short lines are counted. Not thread-safe: call in input order.
     */
    public TemplateLines observe(String outlet, String text) {
        Set<Long> template = null;
        Set<Long> seen = new HashSet<>();
        for (Line line : Line.of(text)) {
            if (line.words(text) > MAX_WORDS) {
                continue;
            }
            long key = keyOf(outlet, Lexicon.key(line.textIn(text)));
            if (!seen.add(key)) {
                continue;
            }
            Integer n = counts.get(key);
            if (n != null && n >= MIN_ARTICLES) {
                if (template == null) {
                    template = new HashSet<>();
                }
                template.add(key);
            }
            if (n != null || counts.size() < MAX_TRACKED) {
                counts.merge(key, 1, Integer::sum);
            }
        }
        return template == null ? TemplateLines.NONE : new TemplateLines(outlet, template);
    }

    static long keyOf(String outlet, String lineKey) {
        long h = 1125899906842597L;
        for (int i = 0; i < outlet.length(); i++) {
            h = 31 * h + outlet.charAt(i);
        }
        h = 31 * h + 0x1F;
        for (int i = 0; i < lineKey.length(); i++) {
            char c = lineKey.charAt(i);
            // digits vary in templates ("دقائق القراءة - 3"); they do not make a line new
            h = 31 * h + (Character.isDigit(c) ? '0' : c);
        }
        return h;
    }

    /** The template lines of one article: an immutable answer, safe to hand to any thread. */
    public static final class TemplateLines {
        public static final TemplateLines NONE = new TemplateLines("", Set.of());

        private final String outlet;
        private final Set<Long> keys;

        TemplateLines(String outlet, Set<Long> keys) {
            this.outlet = outlet;
            this.keys = keys;
        }

        boolean contains(CharSequence text, Line line) {
            return !keys.isEmpty() && line.words(text) <= MAX_WORDS
                    && keys.contains(keyOf(outlet, Lexicon.key(line.textIn(text))));
        }

        public boolean isEmpty() {
            return keys.isEmpty();
        }
    }
}
