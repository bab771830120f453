package org.marsad.entity.latin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;

/**
 * Name words whose Latin spelling is known: for each folded Arabic word, its most frequent
 * spelling in the training data. One word a line, {@code arabic TAB latin}, sorted; lines
 * starting with {@code #} are comments.
 */
final class Lexicon {
    private final Map<String, String> spellings;

    Lexicon(Map<String, String> spellings) {
        this.spellings = new TreeMap<>(spellings);
    }

    /** The known spelling of the folded word, or null. */
    String get(String arabic) {
        return spellings.get(arabic);
    }

    int size() {
        return spellings.size();
    }

    static Lexicon read(BufferedReader in) throws IOException {
        Map<String, String> m = new TreeMap<>();
        for (String line; (line = in.readLine()) != null;) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IOException("not arabic TAB latin: " + line);
            }
            m.put(line.substring(0, tab), line.substring(tab + 1));
        }
        return new Lexicon(m);
    }

    void write(Writer out, String header) throws IOException {
        for (String line : header.split("\n")) {
            out.write("# " + line + "\n");
        }
        for (Map.Entry<String, String> e : spellings.entrySet()) {
            out.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
    }
}
