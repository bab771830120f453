package org.marsad.entity.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.text.Lexicon;

/**
 * The name lists and trigger words the recogniser consults, each a bit of a per-token mask.
 *
 * <p>Name lists ({@link #NAME_LISTS}) are phrases matched on the stems of consecutive tokens,
 * longest match first, so {@code وبالمملكة العربية السعودية} matches the listed
 * {@code المملكة العربية السعودية}; a matched token gets the list's B bit (first token) or I bit.
 * Trigger lists ({@link #TRIGGER_LISTS}) are single words matched on {@link Word#base()}.
 */
public final class Gazetteers {
    /**
     * Phrase lists: persons, places, organisations (ANERGazet), first and family names, name words,
     * dateline places, agencies and outlets, well-known organisations, other names (MISC).
     */
    static final String[] NAME_LISTS = {"PER", "LOC", "ORG", "FIRST", "LAST", "NAMEWORD", "PLACE", "PRESS",
        "KNOWNORG", "OTHER"};
    /** Trigger lists: words before a person, a place, an organisation. */
    static final String[] TRIGGER_LISTS = {"TPER", "TLOC", "TORG"};
    /** How many bits a mask has: B and I of each name list, one per trigger list. */
    static final int BITS = 2 * NAME_LISTS.length + TRIGGER_LISTS.length;
    /** Where the entry lengths start in a stem's packed bits, after one bit a list. */
    private static final int LENGTHS = 16;
    private static final long SINGLES = (1L << LENGTHS) - 1;
    /** Entries are matched on their first words only, up to this many (no list has longer names). */
    private static final int MAX_WORDS = 15;
    private static final Gazetteers STANDARD = new Gazetteers(List.of(
            List.of(Lexicon.load("entity/ner/anergazet-per.txt")),
            List.of(Lexicon.load("entity/ner/anergazet-loc.txt")),
            List.of(Lexicon.load("entity/ner/anergazet-org.txt")),
            List.of(Lexicon.load("text/first-names.txt")),
            List.of(Lexicon.load("entity/ner/last-names.txt")),
            List.of(Lexicon.load("entity/ner/wikidata-name-words.txt")),
            List.of(Lexicon.load("clean/places.txt")),
            List.of(Lexicon.load("clean/agencies.txt"), Lexicon.load("clean/outlets.txt")),
            List.of(Lexicon.load("entity/ner/organisations.txt")),
            List.of(Lexicon.load("entity/ner/other-names.txt"))), List.of(
            List.of(Lexicon.load("text/titles.txt"), Lexicon.load("entity/ner/triggers-per.txt")),
            List.of(Lexicon.load("entity/ner/triggers-loc.txt")),
            List.of(Lexicon.load("entity/ner/triggers-org.txt"))));

    /**
     * For each stem that starts an entry: bit {@code l} if the stem alone is an entry of name
     * list {@code l}, and from bit {@code 16 + 4l} the word count of the longest entry of list
     * {@code l} it starts, when two or more. One lookup a token finds every candidate.
     */
    private final Map<String, Long> starts = new HashMap<>();
    /** Entries of two or more words, per list: stems joined by a space. */
    private final List<Set<String>> phrases = new ArrayList<>();
    /** For each trigger word: the bits of its trigger lists. */
    private final Map<String, Integer> triggers = new HashMap<>();
    private final long signature;

    Gazetteers(List<List<Lexicon>> nameLists, List<List<Lexicon>> triggerLists) {
        if (nameLists.size() != NAME_LISTS.length || triggerLists.size() != TRIGGER_LISTS.length) {
            throw new IllegalArgumentException("expected " + NAME_LISTS.length + " name lists and "
                    + TRIGGER_LISTS.length + " trigger lists");
        }
        long sig = 17;
        for (int l = 0; l < nameLists.size(); l++) {
            Set<String> set = new HashSet<>();
            int entries = 0;
            for (Lexicon lexicon : nameLists.get(l)) {
                for (String entry : lexicon.entries()) {
                    String[] words = Lexicon.key(entry).split(" ");
                    int length = Math.min(words.length, MAX_WORDS);
                    StringBuilder stems = new StringBuilder();
                    for (int k = 0; k < length; k++) {
                        stems.append(k > 0 ? " " : "").append(Word.of(words[k]).stem());
                    }
                    String first = Word.of(words[0]).stem();
                    long bitsOfList = length == 1 ? 1L << l : (long) length << (LENGTHS + 4 * l);
                    long lengthBits = 0xFL << (LENGTHS + 4 * l);
                    starts.merge(first, bitsOfList, (old, add) -> (old | (add & SINGLES)) & ~lengthBits
                            | Math.max(old & lengthBits, add & lengthBits));
                    if (length > 1) {
                        set.add(stems.toString());
                    }
                    entries++;
                }
            }
            phrases.add(set);
            sig = sig * 31 + entries;
        }
        for (int t = 0; t < triggerLists.size(); t++) {
            int bit = 1 << (2 * NAME_LISTS.length + t);
            for (Lexicon lexicon : triggerLists.get(t)) {
                for (String entry : lexicon.entries()) {
                    triggers.merge(Lexicon.key(entry), bit, (a, b) -> a | b);
                }
            }
            sig = sig * 31 + triggers.size();
        }
        signature = sig;
    }

    /** The bundled lists. */
    public static Gazetteers standard() {
        return STANDARD;
    }

    /** A cheap fingerprint of the lists (their sizes), stored with a model to catch a mismatch. */
    long signature() {
        return signature;
    }

    /** The mask of each word of a sentence: bit {@code 2l} B and {@code 2l+1} I of name list {@code l}, then triggers. */
    int[] masks(List<Word> sentence) {
        int n = sentence.size();
        int[] masks = new int[n];
        long[] info = new long[n];
        long any = 0;
        for (int i = 0; i < n; i++) {
            Word w = sentence.get(i);
            Long bits = starts.get(w.stem());
            info[i] = bits == null ? 0 : bits;
            any |= info[i];
            Integer trigger = triggers.get(w.prefix().isEmpty() ? w.norm() : w.base());
            if (trigger != null) {
                masks[i] |= trigger;
            }
        }
        for (int l = 0; l < NAME_LISTS.length && any != 0; l++) {
            int i = 0;
            while (i < n) {
                int matched = 0;
                for (int len = Math.min((int) (info[i] >>> (LENGTHS + 4 * l)) & 0xF, n - i); len >= 2 && matched == 0; len--) {
                    if (phrases.get(l).contains(join(sentence, i, len))) {
                        matched = len;
                    }
                }
                if (matched == 0 && (info[i] & (1L << l)) != 0) {
                    matched = 1;
                }
                if (matched == 0) {
                    i++;
                    continue;
                }
                masks[i] |= 1 << (2 * l);
                for (int k = i + 1; k < i + matched; k++) {
                    masks[k] |= 1 << (2 * l + 1);
                }
                i += matched;
            }
        }
        return masks;
    }

    private static String join(List<Word> sentence, int from, int len) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < from + len; k++) {
            b.append(k > from ? " " : "").append(sentence.get(k).stem());
        }
        return b.toString();
    }
}
