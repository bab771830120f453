package org.marsad.entity.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading and writing CoNLL token files: a token a line, a blank line between sentences. A line
 * may carry a tag after a tab ({@code token TAB tag}, as ANERcorp does); anything after a second
 * tab is ignored. A leading byte-order mark and carriage returns are dropped.
 */
public final class Conll {
    private Conll() {
    }

    /** One sentence: its tokens, and their tags (null for untagged input). */
    public record Sentence(List<String> tokens, List<String> tags) {
        public Sentence {
            tokens = List.copyOf(tokens);
            tags = tags == null ? null : List.copyOf(tags);
            if (tags != null && tags.size() != tokens.size()) {
                throw new IllegalArgumentException(tokens.size() + " tokens, " + tags.size() + " tags");
            }
        }

        public int size() {
            return tokens.size();
        }
    }

    /**
     * Reads every sentence. A sentence whose lines all have a tag is tagged; one with a line
     * without is read as untagged (its tags are null).
     */
    public static List<Sentence> read(BufferedReader in) throws IOException {
        // a token that is empty once stripped (a line of only spaces before a tab) is an error:
        // dropping it would shift every tag after it
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int untagged = 0;
        int lineNumber = 0;
        for (String line; (line = in.readLine()) != null; ) {
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank()) {
                flush(sentences, tokens, tags, untagged);
                untagged = 0;
                continue;
            }
            int tab = line.indexOf('\t');
            String token = (tab < 0 ? line : line.substring(0, tab)).strip();
            if (token.isEmpty()) {
                throw new IOException("line " + lineNumber + ": no token before the tab");
            }
            tokens.add(token);
            if (tab < 0) {
                untagged++;
            } else {
                int end = line.indexOf('\t', tab + 1);
                tags.add(line.substring(tab + 1, end < 0 ? line.length() : end).strip());
            }
        }
        flush(sentences, tokens, tags, untagged);
        return sentences;
    }

    private static void flush(List<Sentence> out, List<String> tokens, List<String> tags, int untagged) {
        if (tokens.isEmpty()) {
            return;
        }
        out.add(new Sentence(tokens, untagged > 0 ? null : tags));
        tokens.clear();
        tags.clear();
    }

    /** Writes {@code token TAB tag} lines, a blank line after each sentence. */
    public static void write(Writer out, List<String> tokens, List<String> tags) throws IOException {
        for (int i = 0; i < tokens.size(); i++) {
            out.write(tokens.get(i));
            out.write('\t');
            out.write(tags.get(i));
            out.write('\n');
        }
        out.write('\n');
    }
}
