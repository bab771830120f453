package org.marsad.event;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.text.Lexicon;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * The event vocabulary: the words that name events ({@code event/triggers.txt}) and the words
 * around them that qualify, date, place or hedge them ({@code event/cues.txt}). Entries are keyed
 * by the tokenizer's stem of the listed word, so a lookup is one hash probe per token.
 */
final class EventWords {

    /** What a trigger word needs to stand for a real event (see triggers.txt). */
    enum Need { VERB, NOUN, TALKS, WEAK, WEAKVERB, WITH, ARRIVE }

    /** The roles a cue word plays (see cues.txt). */
    enum Cue { QUALIFIER, MAKE, PLANNED, POSSIBLE, NOT, VERB, LINK, TARGET, SOURCE, PLACE, PLACE_NOUN, DESTINATION, REFER, CLAUSE, PREP,
        CANCEL }

    /** Everything listed for one word or phrase: the event it names, if any, and its cue roles. */
    record Entry(EventType type, Need need, Set<Cue> cues, Set<EventType> qualifies) {
        boolean isTrigger() {
            return type != null;
        }

        boolean is(Cue cue) {
            return cues.contains(cue);
        }

        /** A verb whose future form (س + the verb) says the event is planned. */
        boolean isVerb() {
            return need == Need.VERB || need == Need.WEAKVERB || need == Need.WITH || need == Need.ARRIVE
                    || cues.contains(Cue.MAKE)
                    || cues.contains(Cue.VERB);
        }
    }

    private static final String[] NOUN_SUFFIXES = {"ه", "ها", "هما", "هم"};

    private final Map<String, Entry> words;
    /** Two-word cue phrases, keyed "first last". */
    private final Map<String, Entry> phrases;
    private final Set<String> phraseEnds;

    private EventWords(Map<String, Entry> words, Map<String, Entry> phrases) {
        this.words = words;
        this.phrases = phrases;
        this.phraseEnds = new HashSet<>();
        for (String p : phrases.keySet()) {
            phraseEnds.add(p.substring(p.indexOf(' ') + 1));
        }
    }

    static EventWords standard() {
        return Standard.WORDS;
    }

    private static final class Standard {
        static final EventWords WORDS = load(Lexicon.load("event/triggers.txt"), Lexicon.load("event/cues.txt"));
    }

    static EventWords load(Lexicon triggers, Lexicon cues) {
        Tokenizer tokenizer = new Tokenizer();
        Map<String, Builder> words = new HashMap<>();
        Map<String, Builder> phrases = new HashMap<>();
        for (String line : triggers.entries()) {
            String[] f = line.split("\\s+");
            if (f.length != 3) {
                throw new IllegalArgumentException(triggers.name() + ": expected WORD TYPE NEED: " + line);
            }
            String stem = stem(tokenizer, f[0]);
            EventType type = EventType.valueOf(f[1]);
            Need need = Need.valueOf(f[2].toUpperCase());
            words.computeIfAbsent(stem, k -> new Builder()).trigger(type, need, line);
            if (need == Need.NOUN || need == Need.TALKS || need == Need.WEAK) {
                for (String form : suffixed(stem)) {
                    words.computeIfAbsent(form, k -> new Builder()).triggerIfNone(type, need);
                }
            }
        }
        for (String line : cues.entries()) {
            String[] f = line.split("\\s+");
            if (f.length < 2 || f.length > 3) {
                throw new IllegalArgumentException(cues.name() + ": expected WORD [WORD] ROLE: " + line);
            }
            String role = f[f.length - 1];
            Builder b = f.length == 2 ? words.computeIfAbsent(stem(tokenizer, f[0]), k -> new Builder())
                    : phrases.computeIfAbsent(stem(tokenizer, f[0]) + " " + stem(tokenizer, f[1]), k -> new Builder());
            if (role.equals("none")) {
                continue; // listed only so that it wins over its last word's roles
            }
            if (Character.isUpperCase(role.charAt(0))) {
                b.qualifies.add(EventType.valueOf(role));
                b.cues.add(Cue.QUALIFIER);
            } else {
                b.cues.add(Cue.valueOf(role.toUpperCase().replace('-', '_')));
            }
        }
        return new EventWords(build(words), build(phrases));
    }

    /** The entry of a token, taking a listed two-word phrase ending at it first; null when none. */
    Entry at(List<Token> tokens, int k, int sentenceFirst) {
        Token t = tokens.get(k);
        if (k > sentenceFirst && phraseEnds.contains(t.stem())) {
            Entry p = phrases.get(tokens.get(k - 1).stem() + " " + t.stem());
            if (p != null) {
                return p;
            }
        }
        Entry e = words.get(t.stem());
        if (e == null && isFutureForm(t.stem())) {
            Entry verb = words.get(t.stem().substring(1));
            return verb != null && verb.isVerb() ? verb : null;
        }
        return e;
    }

    /**
     * Whether the token is the future form of its verb entry {@code e}: the prefix س glued to a
     * listed verb ({@code ستلتقي}, {@code سيجري}), or kept among the proclitics ({@code وسيجري}).
     */
    static boolean isFuture(Token t, Entry e) {
        if (e == null || !e.isVerb() || !t.isWord()) {
            return false;
        }
        String p = t.proclitics();
        return (!p.isEmpty() && p.charAt(p.length() - 1) == 'س') || isFutureForm(t.stem());
    }

    private static boolean isFutureForm(String stem) {
        if (stem.length() < 4 || stem.charAt(0) != 'س') {
            return false;
        }
        char c = stem.charAt(1);
        return c == 'ي' || c == 'ت' || c == 'ن';
    }

    /** A noun with an attached pronoun or the accusative ا (ta marbuta written ت before a pronoun). */
    private static List<String> suffixed(String stem) {
        boolean taMarbuta = stem.endsWith("ه");
        String base = taMarbuta ? stem.substring(0, stem.length() - 1) + "ت" : stem;
        List<String> forms = new java.util.ArrayList<>();
        for (String s : NOUN_SUFFIXES) {
            forms.add(base + s);
        }
        if (!taMarbuta) {
            forms.add(stem + "ا");
        }
        return forms;
    }

    private static String stem(Tokenizer tokenizer, String word) {
        List<Token> t = tokenizer.tokenize(word);
        if (t.size() != 1 || t.get(0).stem().isEmpty()) {
            throw new IllegalArgumentException("not one word: " + word);
        }
        return t.get(0).stem();
    }

    private static Map<String, Entry> build(Map<String, Builder> builders) {
        Map<String, Entry> out = new HashMap<>();
        builders.forEach((k, b) -> out.put(k, b.build()));
        return out;
    }

    private static final class Builder {
        EventType type;
        Need need;
        final Set<Cue> cues = EnumSet.noneOf(Cue.class);
        final Set<EventType> qualifies = EnumSet.noneOf(EventType.class);

        void trigger(EventType t, Need n, String line) {
            if (type != null && (type != t || need != n)) {
                throw new IllegalArgumentException("trigger listed twice: " + line);
            }
            type = t;
            need = n;
        }

        void triggerIfNone(EventType t, Need n) {
            if (type == null) {
                type = t;
                need = n;
            }
        }

        Entry build() {
            return new Entry(type, need, cues, qualifies);
        }
    }
}
