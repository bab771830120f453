package org.marsad.time;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.text.Lexicon;

/** The word lists of the time tagger, read once from {@code org/marsad/time/*.txt}. */
final class TimeData {
    static final Map<String, Integer> WEEKDAYS = numbered("time/weekdays.txt", "");
    static final Map<String, Integer> NUMBERS = numbered("time/numbers.txt", "");
    static final Map<String, Integer> HOURS = numbered("time/numbers.txt", "h:");
    static final Map<String, Integer> ORDINAL_DAYS = numbered("time/numbers.txt", "d:");
    static final Map<String, String[]> UNITS = fields("time/units.txt");
    static final Map<String, String> REF_PHRASES = lastWord("time/ref-phrases.txt");
    static final Map<String, String> SETS = lastWord("time/sets.txt");
    static final int REF_MAX_WORDS = 4;
    static final Set<String> FUTURE = tagged("time/tense-cues.txt", "f ");
    static final Set<String> PAST = tagged("time/tense-cues.txt", "p ");
    static final List<String> NOT_FUTURE = Lexicon.load("time/not-future.txt").entries().stream()
            .map(Lexicon::key).toList();

    private TimeData() {
    }

    private static Map<String, Integer> numbered(String path, String prefix) {
        Map<String, Integer> m = new HashMap<>();
        for (String e : Lexicon.load(path).entries()) {
            boolean hasPrefix = e.length() > 2 && e.charAt(1) == ':';
            if (hasPrefix ? !e.startsWith(prefix) || prefix.isEmpty() : !prefix.isEmpty()) {
                continue;
            }
            String body = hasPrefix ? e.substring(2) : e;
            int space = body.lastIndexOf(' ');
            m.put(Lexicon.key(body.substring(0, space)), Integer.parseInt(body.substring(space + 1)));
        }
        return m;
    }

    private static Map<String, String[]> fields(String path) {
        Map<String, String[]> m = new HashMap<>();
        for (String e : Lexicon.load(path).entries()) {
            String[] p = e.split("\\s+");
            m.put(Lexicon.key(p[0]), new String[] {p[1], p[2]});
        }
        return m;
    }

    private static Map<String, String> lastWord(String path) {
        Map<String, String> m = new HashMap<>();
        for (String e : Lexicon.load(path).entries()) {
            int space = e.lastIndexOf(' ');
            m.put(Lexicon.key(e.substring(0, space)), e.substring(space + 1));
        }
        return m;
    }

    private static Set<String> tagged(String path, String tag) {
        Set<String> s = new HashSet<>();
        for (String e : Lexicon.load(path).entries()) {
            if (e.startsWith(tag)) {
                s.add(Lexicon.key(e.substring(tag.length())));
            }
        }
        return s;
    }

    /** The weekday (1..7) of a word key, with or without clitics, or 0. */
    static int weekday(String key) {
        Integer d = WEEKDAYS.get(key);
        return d == null ? 0 : d;
    }

    /** The value of a number word, or -1. */
    static int numberWord(String key) {
        Integer v = NUMBERS.get(key);
        return v == null ? -1 : v;
    }
}
