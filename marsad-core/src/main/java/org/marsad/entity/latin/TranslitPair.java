package org.marsad.entity.latin;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An Arabic word and a Latin spelling of it, seen {@code count} times, as the data files give them. */
public record TranslitPair(String arabic, String latin, int count) {

    /** Google's files: {@code arabic TAB latin} a line. */
    public static List<TranslitPair> readGoogle(Path file) throws IOException {
        List<TranslitPair> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null;) {
                String[] f = line.split("\t");
                if (f.length >= 2 && !f[0].isBlank() && !f[1].isBlank()) {
                    out.add(new TranslitPair(f[0].trim(), f[1].trim(), 1));
                }
            }
        }
        return out;
    }

    /** NETransliteration's Wikidata files: {@code latin TAB arabic letters spaced TAB count} a line. */
    public static List<TranslitPair> readWikidata(Path file) throws IOException {
        List<TranslitPair> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null;) {
                String[] f = line.split("\t");
                if (f.length >= 3 && !f[0].isBlank()) {
                    out.add(new TranslitPair(f[1].replace(" ", ""), f[0].trim(), Integer.parseInt(f[2].trim())));
                }
            }
        }
        return out;
    }
}
