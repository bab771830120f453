package org.marsad.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A word list kept as a resource file: one entry a line, {@code #} starts a comment, blank lines
 * are skipped. Entries are matched in their normalised form (see {@link ArabicNormalizer}), with
 * runs of white space folded, so spelling variants of the same entry need not be listed.
 */
public final class Lexicon {
    private final String name;
    private final List<String> entries;
    private final Set<String> normalised;
    private final int maxWords;

    private Lexicon(String name, List<String> entries) {
        this.name = name;
        this.entries = Collections.unmodifiableList(entries);
        Set<String> n = new HashSet<>();
        int words = 0;
        for (String e : entries) {
            String key = key(e);
            n.add(key);
            words = Math.max(words, key.split(" ").length);
        }
        this.normalised = n;
        this.maxWords = words;
    }

    /** The Arabic stop words ({@code text/stopwords.txt}), loaded once for every stage that skips them. */
    public static Lexicon stopWords() {
        return StopWords.LIST;
    }

    private static final class StopWords {
        static final Lexicon LIST = load("text/stopwords.txt");
    }

    /** Loads {@code /org/marsad/<path>} from the class path. */
    public static Lexicon load(String path) {
        String resource = "/org/marsad/" + path;
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon not found on the class path: " + resource);
            }
            List<String> entries = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!entry.isEmpty()) {
                    entries.add(entry);
                }
            }
            return new Lexicon(path, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    public static Lexicon of(String name, List<String> entries) {
        return new Lexicon(name, new ArrayList<>(entries));
    }

    /** The matching key of a phrase: normalised, lower-cased, white space folded to one space. */
    public static String key(CharSequence phrase) {
        // one pass: fold, lower-case, fold white space (this runs on every short line of a corpus)
        StringBuilder out = new StringBuilder(phrase.length());
        boolean space = false;
        for (int i = 0; i < phrase.length(); i++) {
            char c = ArabicNormalizer.fold(phrase.charAt(i));
            if (c == 0) {
                continue;
            }
            if (Words.isSpace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            if (c < 0x80) {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            } else if (c >= 0x0600 && c <= 0x06FF) {
                out.append(c);
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }


    public boolean contains(CharSequence phrase) {
        return normalised.contains(key(phrase));
    }

    /** Whether the already-normalised key is an entry. */
    public boolean containsKey(String key) {
        return normalised.contains(key);
    }

    public List<String> entries() {
        return entries;
    }

    /** The number of words of the longest entry, for phrase matchers that slide a window. */
    public int maxWords() {
        return maxWords;
    }

    public String name() {
        return name;
    }
}
