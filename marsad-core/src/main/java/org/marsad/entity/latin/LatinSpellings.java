package org.marsad.entity.latin;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The few likeliest Latin spellings of each word of a name, remembered. A search index holds
 * several spellings, not the one {@link Transliterator#latin} picks, because readers type the
 * spelling their own press uses ({@code Peskov} where the model's first choice is {@code Beskov}).
 * A corpus names the same people again and again, so most words are spelt once and then looked up;
 * the beam search behind a new word costs milliseconds. Thread-safe.
 */
public final class LatinSpellings {
    /** Spellings kept a word: enough for the usual English, French and German forms of a name. */
    public static final int STANDARD_COUNT = 8;
    /** Words remembered; past this the memory starts afresh rather than track recency. */
    static final int CAPACITY = 100_000;

    private final Transliterator transliterator;
    private final int count;
    private final Map<String, List<String>> known = new ConcurrentHashMap<>();

    public LatinSpellings(Transliterator transliterator, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one spelling a word: " + count);
        }
        this.transliterator = transliterator;
        this.count = count;
    }

    /** {@link #STANDARD_COUNT} spellings from the bundled model, one instance for the process. */
    public static LatinSpellings standard() {
        return Standard.INSTANCE;
    }

    /** The spellings of one Arabic word, lower case, best first; empty for a word with no letters it knows. */
    public List<String> of(String word) {
        List<String> spellings = known.get(word);
        if (spellings == null) {
            spellings = List.copyOf(transliterator.candidates(word, count));
            if (known.size() >= CAPACITY) {
                known.clear();
            }
            known.put(word, spellings);
        }
        return spellings;
    }

    /** Loaded on first use, by the class loader's own lock. */
    private static final class Standard {
        static final LatinSpellings INSTANCE = new LatinSpellings(Transliterator.standard(), STANDARD_COUNT);
    }
}
