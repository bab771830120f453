package org.marsad.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Lexicon;

/**
 * The words bylines are made of: agencies, dateline places, outlets, desks and first names.
 * Each part of a byline is looked up here to decide what it is.
 */
public final class BylineVocabulary {
    private static final BylineVocabulary DEFAULT = new BylineVocabulary(
            Lexicon.load("clean/agencies.txt"),
            Lexicon.load("clean/places.txt"),
            Lexicon.load("clean/outlets.txt"),
            Lexicon.load("clean/desks.txt"),
            Lexicon.load("text/first-names.txt"));

    private final Set<String> agencies = new HashSet<>();
    private final Lexicon places;
    private final Lexicon outlets;
    private final Lexicon desks;
    private final Lexicon firstNames;

    public BylineVocabulary(Lexicon agencies, Lexicon places, Lexicon outlets, Lexicon desks, Lexicon firstNames) {
        for (String a : agencies.entries()) {
            this.agencies.add(compact(a));
        }
        this.places = places;
        this.outlets = outlets;
        this.desks = desks;
        this.firstNames = firstNames;
    }

    public static BylineVocabulary standard() {
        return DEFAULT;
    }

    /**
     * Agencies are abbreviated with dots and spaces in every combination ({@code أ ف ب},
     * {@code أ.ف.ب}, {@code ا. ف. ب}), so they are compared with both removed.
     */
    public boolean isAgency(String phrase) {
        String key = compact(phrase);
        if (key.isEmpty()) {
            return false;
        }
        if (agencies.contains(key)) {
            return true;
        }
        // "وكالة سبوتنيك", "وكالة الأنباء الألمانية"
        return key.startsWith("وكاله") && key.length() > 5 && (agencies.contains(key.substring(5))
                || Lexicon.key(phrase).split(" ").length <= 5);
    }

    public boolean isPlace(String phrase) {
        return lookup(places, phrase);
    }

    public boolean isOutlet(String phrase) {
        return lookup(outlets, phrase);
    }

    public boolean isDesk(String phrase) {
        return lookup(desks, phrase);
    }

    public boolean isFirstName(String word) {
        return lookup(firstNames, word);
    }

    /** An entry matches with or without the article, so {@code الأحساء} and {@code أحساء} are one. */
    private static boolean lookup(Lexicon lexicon, String phrase) {
        String key = Lexicon.key(phrase);
        if (key.isEmpty()) {
            return false;
        }
        return lexicon.containsKey(key)
                || (key.startsWith("ال") && lexicon.containsKey(key.substring(2)))
                || lexicon.containsKey("ال" + key);
    }

    static String compact(String phrase) {
        String n = ArabicNormalizer.normalize(phrase).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
