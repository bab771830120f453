package org.marsad.time;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.marsad.text.Lexicon;

/**
 * Month names of one calendar, read from a resource of {@code name number} lines. Names of one
 * or two words ({@code كانون الثاني}) are looked up in normalised form.
 */
public final class MonthNames {
    public static final MonthNames GREGORIAN = load("time/gregorian-months.txt");
    public static final MonthNames HIJRI = load("time/hijri-months.txt");

    private final Map<String, Integer> months = new HashMap<>();

    private MonthNames() {
    }

    private static MonthNames load(String path) {
        MonthNames names = new MonthNames();
        for (String entry : Lexicon.load(path).entries()) {
            int space = entry.lastIndexOf(' ');
            names.months.put(Lexicon.key(entry.substring(0, space)), Integer.parseInt(entry.substring(space + 1)));
        }
        return names;
    }

    /** Every key {@link #month} gives a month for: the names, and the one-word names with ال. */
    Set<String> keys() {
        Set<String> keys = new HashSet<>(months.keySet());
        for (String name : months.keySet()) {
            keys.add("ال" + name);
        }
        return keys;
    }

    /** The month number of a normalised name key, or 0. */
    public int month(String key) {
        Integer m = months.get(key);
        if (m == null && key.startsWith("ال")) {
            m = months.get(key.substring(2));
        }
        return m == null ? 0 : m;
    }
}
