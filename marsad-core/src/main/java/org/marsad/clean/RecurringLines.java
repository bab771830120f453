package org.marsad.clean;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.marsad.text.Lexicon;

/**
 * Lines that recur across many articles of one outlet are its template (footers, subscription
 * pleas, sign-offs), whatever words they use. This counts short lines per outlet as articles
 * stream past and reports a line as recurring once it has been seen in enough articles.
 *
 * <p>Learning is online, so the first articles of an outlet are cleaned without this help; the
 * lexicon and line-feature rules in {@link Boilerplate} cover them. Memory is bounded: once
 * {@link #MAX_TRACKED} lines are tracked, new lines are no longer added.
 */
public final class RecurringLines {
    /** Seen in this many articles of one outlet, a line is template. */
    static final int MIN_ARTICLES = 5;
    /** Only short lines are candidates: template lines are labels and sign-offs. */
    static final int MAX_WORDS = 12;
    static final int MAX_TRACKED = 2_000_000;

    private final ConcurrentHashMap<Long, AtomicInteger> counts = new ConcurrentHashMap<>();

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

    boolean isRecurring(String outlet, CharSequence text, Line line) {
        if (line.words(text) > MAX_WORDS) {
            return false;
        }
        AtomicInteger n = counts.get(keyOf(outlet, Lexicon.key(text.subSequence(line.start(), line.end()))));
        return n != null && n.get() >= MIN_ARTICLES;
    }

    /** Counts the short lines of one article (each distinct line once). */
    void learn(String outlet, CharSequence text, Iterable<Line> lines) {
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Line line : lines) {
            if (line.words(text) > MAX_WORDS) {
                continue;
            }
            long key = keyOf(outlet, Lexicon.key(text.subSequence(line.start(), line.end())));
            if (!seen.add(key)) {
                continue;
            }
            AtomicInteger n = counts.get(key);
            if (n == null && counts.size() < MAX_TRACKED) {
                n = counts.computeIfAbsent(key, k -> new AtomicInteger());
            }
            if (n != null) {
                n.incrementAndGet();
            }
        }
    }
}
