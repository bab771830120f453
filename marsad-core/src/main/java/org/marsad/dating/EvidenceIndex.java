package org.marsad.dating;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dated mentions of a corpus, looked up by what they talk about. Words are weighted by their
 * rarity among the corpus's time-bearing sentences (inverse document frequency), so that in a
 * corpus about one story the names every article repeats count for little and the words that
 * tell one event from another (هاتفية, الفيديو, جنيف) count for much.
 *
 * <p>Not thread-safe: the corpus stage fills and reads it from one thread.
 */
final class EvidenceIndex {
    /** Below this overlap, two sentences are taken to tell of different events. */
    static final double MIN_SIMILARITY = 0.02;
    /** The closest mentions kept for one sentence. */
    private static final int MAX_MATCHES = 50;
    private static final int MAX_POSTINGS = 200;
    private static final int LOOKUP_WORDS = 5;

    /** A similar mention; {@code sameKind} when both sentences name the same kind of event. */
    record Match(DatedMention mention, double similarity, boolean sameKind) {
    }

    private static final int[] NONE = {0};

    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private int documents;
    private final List<DatedMention> mentions = new ArrayList<>();
    private final Map<String, int[]> postings = new HashMap<>();
    private final Map<String, String> words = new HashMap<>();
    /** Idf by word while the counts stand still (the end of a run asks for it many times). */
    private final Map<String, Double> idfCache = new HashMap<>();

    /** The same words as shared instances, so a large corpus's mentions do not each hold copies. */
    String[] intern(String[] context) {
        String[] out = new String[context.length];
        for (int i = 0; i < context.length; i++) {
            out[i] = words.computeIfAbsent(context[i], w -> w);
        }
        return out;
    }

    /** Counts one article's words (each once) towards the document frequencies. */
    void countDocument(Collection<String> words) {
        idfCache.clear();
        documents++;
        for (String w : words) {
            documentFrequency.merge(w, 1, Integer::sum);
        }
    }

    void add(DatedMention m) {
        int id = mentions.size();
        mentions.add(m);
        for (String w : m.context()) {
            // a growable int list: slot 0 holds the size
            int[] list = postings.computeIfAbsent(w, k -> new int[4]);
            if (list[0] + 1 == list.length) {
                list = Arrays.copyOf(list, list.length * 2);
                postings.put(w, list);
            }
            list[++list[0]] = id;
        }
    }

    boolean isEmpty() {
        return mentions.isEmpty();
    }

    double idf(String word) {
        Double cached = idfCache.get(word);
        if (cached == null) {
            int df = documentFrequency.getOrDefault(word, 0);
            cached = Math.max(0, Math.log((documents + 1.0) / (df + 0.5)));
            idfCache.put(word, cached);
        }
        return cached;
    }

    /** How many mentions the index holds, to ask later for the matches among those added since. */
    int size() {
        return mentions.size();
    }

    /**
     * The mentions of other articles whose sentence is similar to this context, closest first:
     * those added since {@code since}, merged into {@code earlier} (the
     * matches of the mentions before), closest first.
     */
    List<Match> matches(String[] context, String article, int since, List<Match> earlier) {
        List<Match> out = new ArrayList<>(earlier);
        if (context.length == 0 || mentions.size() <= since) {
            return out;
        }
        BitSet seen = new BitSet();
        double weight = weight(context);
        for (String w : rarest(context)) {
            int[] list = postings.getOrDefault(w, NONE);
            if (list[0] > MAX_POSTINGS) {
                continue; // a word that common cannot make a match by itself, and would cost much
            }
            for (int p = 1; p <= list[0]; p++) {
                int id = list[p];
                if (id < since || seen.get(id)) {
                    continue;
                }
                seen.set(id);
                DatedMention m = mentions.get(id);
                if (m.article().equals(article)) {
                    continue;
                }
                double sim = overlap(context, weight, m.context());
                if (sim >= MIN_SIMILARITY) {
                    out.add(new Match(m, sim, sameKind(context, m.context())));
                }
            }
        }
        out.sort(Comparator.comparingDouble((Match m) -> -m.similarity()));
        return out.size() > MAX_MATCHES ? new ArrayList<>(out.subList(0, MAX_MATCHES)) : out;
    }

    /**
     * The idf-weighted overlap coefficient: the share of the smaller context's information that
     * the other context holds too. Unlike the cosine it does not punish a long sentence that
     * mentions the event among other things ("... خلال الاتصال عبر الفيديو في الـ7 من ديسمبر").
     */
    private double overlap(String[] a, double weightA, String[] b) {
        double shared = 0;
        for (String x : a) {
            for (String y : b) {
                if (x.equals(y)) {
                    double w = idf(x);
                    shared += w * w;
                    break;
                }
            }
        }
        double smaller = Math.min(weightA, weight(b));
        return shared == 0 ? 0 : shared / smaller;
    }

    /**
     * The event kinds and the few rarest words of a context: a mention worth matching shares at
     * least one of them,
     * and looking up only these keeps a large corpus's common words from making every sentence a
     * candidate.
     */
    private List<String> rarest(String[] context) {
        List<String> words = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (String w : context) {
            (ContextWords.isKind(w) ? kinds : words).add(w);
        }
        words.sort(Comparator.comparingDouble((String w) -> -idf(w)));
        kinds.addAll(words.size() > LOOKUP_WORDS ? words.subList(0, LOOKUP_WORDS) : words);
        return kinds;
    }

    private static boolean sameKind(String[] a, String[] b) {
        for (String x : a) {
            if (ContextWords.isKind(x)) {
                for (String y : b) {
                    if (x.equals(y)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private double weight(String[] words) {
        double sum = 0;
        for (String w : words) {
            double i = idf(w);
            sum += i * i;
        }
        return sum;
    }
}
