package org.marsad.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.marsad.text.Lexicon;

/**
 * The verbs that report speech ({@code quote/speech-verbs.txt}), by the normalised stem of each
 * of their forms: whether the form is a participle, and what the verb takes as what was said.
 */
final class SpeechVerbs {
    /** What a speech verb can introduce; {@code preposition} is null for a bare complement. */
    record Takes(Content content, String preposition) {
    }

    enum Content { THAT, QUOTE, NOUN }

    /** One form of a speech verb. */
    record Verb(String lemma, boolean participle, List<Takes> takes) {

        boolean takes(Content content, String preposition) {
            for (Takes t : takes) {
                if (t.content == content && Objects.equals(t.preposition, preposition)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the verb takes a clause or a noun phrase after this preposition. */
        boolean takesPreposition(String preposition) {
            for (Takes t : takes) {
                if (preposition.equals(t.preposition)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Map<String, Verb> FORMS = load();

    /**
     * {@code جاء في بيان ... أن}: "it came in the statement that", the impersonal verb that lets a
     * statement speak; its subject is the statement after في.
     */
    static final Verb CAME_IN = new Verb("جاء", false,
            List.of(new Takes(Content.THAT, null), new Takes(Content.QUOTE, null)));

    private SpeechVerbs() {
    }

    /** The verb whose form has this stem, or null. */
    static Verb of(String stem) {
        return FORMS.get(stem);
    }

    private static Map<String, Verb> load() {
        Map<String, Verb> forms = new HashMap<>();
        for (String line : Lexicon.load("quote/speech-verbs.txt").entries()) {
            String[] parts = line.split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalStateException("quote/speech-verbs.txt: want 'forms | participles | takes': " + line);
            }
            List<Takes> takes = new ArrayList<>();
            for (String t : parts[2].trim().split("\\s+")) {
                int colon = t.indexOf(':');
                String content = colon < 0 ? t : t.substring(0, colon);
                String prep = colon < 0 ? null : Lexicon.key(t.substring(colon + 1));
                takes.add(new Takes(Content.valueOf(content.toUpperCase(Locale.ROOT)), prep));
            }
            String[] finite = parts[0].trim().split("\\s+");
            String lemma = Lexicon.key(finite[0]);
            for (String f : finite) {
                forms.put(Lexicon.key(f), new Verb(lemma, false, takes));
            }
            List<Takes> participleTakes = takes.stream().filter(t -> t.content != Content.NOUN).toList();
            for (String p : parts[1].trim().split("\\s+")) {
                if (!p.isEmpty()) {
                    forms.put(Lexicon.key(p), new Verb(lemma, true, participleTakes));
                }
            }
        }
        return Map.copyOf(forms);
    }
}
