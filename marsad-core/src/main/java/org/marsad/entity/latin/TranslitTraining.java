package org.marsad.entity.latin;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;

/**
 * Training of the transliteration model and lexicon from word pairs. Deterministic: the same
 * pairs in the same order give byte-identical files (EM starts uniform, every map that is
 * iterated is sorted, ties are broken by spelling).
 */
public final class TranslitTraining {
    /**
     * How much the aligner's log probability of a spelling counts against its log count in the
     * lexicon: enough to part spellings seen a few times each, too little to let a short rare
     * spelling beat a common one (محمد: Mohamed 553 times, Mhamed once).
     */
    private static final double ALIGNMENT_WEIGHT = 0.1;

    private TranslitTraining() {
    }

    /**
     * What training can be tuned on (chosen on Google's eval file).
     *
     * @param order        the n-gram order over graphones
     * @param iterations   EM iterations of the aligner
     * @param keepTaMarbuta keep ة apart from ه
     * @param keepAlefMaqsura keep ى apart from ي
     * @param dropWorst    the fraction of pairs with the least likely alignment per letter left out as noise
     *                     (Wikidata's word pairs are aligned by position, and some are not the same name)
     * @param twoLetterFactor the aligner's prior on graphones of two Arabic letters: without it EM
     *                     prefers them (fewer factors per word) and the graphones become too sparse to learn
     */
    public record Settings(int order, int iterations, boolean keepTaMarbuta, boolean keepAlefMaqsura, double dropWorst,
            double twoLetterFactor) {
        public static Settings standard() {
            return new Settings(6, 8, true, false, 0.05, 0.01);
        }
    }

    /** The gzipped model and lexicon files, as {@link Transliterator#read} reads them, and what went in. */
    public record Result(byte[] model, byte[] lexicon, int pairs, int dropped, int graphones, int lexiconWords) {
        public Transliterator transliterator() throws IOException {
            return Transliterator.read(new ByteArrayInputStream(model), new ByteArrayInputStream(lexicon));
        }
    }

    /**
     * Trains on the pairs, leaving out every pair whose Arabic word is among {@code heldOut}
     * (compared folded, so that no spelling variant of an evaluation word is learnt).
     */
    public static Result train(List<TranslitPair> pairs, Set<String> heldOut, Settings settings, Consumer<String> log)
            throws IOException {
        ArabicLetters letters = new ArabicLetters(settings.keepTaMarbuta(), settings.keepAlefMaqsura());
        Map<Aligner.Example, Integer> counts = examples(pairs, heldOutFolded(heldOut), letters);
        List<Aligner.Example> examples = new ArrayList<>(counts.keySet());
        long t0 = System.nanoTime();
        Aligner aligner = Aligner.train(examples, settings.iterations(), settings.twoLetterFactor());
        log.accept(String.format(Locale.ROOT, "aligned %,d distinct pairs in %.1f s", examples.size(),
                (System.nanoTime() - t0) / 1e9));
        List<Aligned> kept = keepLikeliest(counts, aligner, settings.dropWorst());
        List<Graphone> symbols = new ArrayList<>(new TreeSet<>(kept.stream().flatMap(a -> a.graphones().stream()).toList()));
        Map<Graphone, Integer> ids = new HashMap<>();
        for (int i = 0; i < symbols.size(); i++) {
            ids.put(symbols.get(i), i + 2);
        }
        List<int[]> sequences = new ArrayList<>(kept.size());
        for (Aligned a : kept) {
            sequences.add(a.graphones().stream().mapToInt(ids::get).toArray());
        }
        t0 = System.nanoTime();
        List<List<NgramModel.Entry>> ngrams = KneserNey.estimate(sequences, settings.order());
        log.accept(String.format(Locale.ROOT, "%d-gram model over %,d graphones: %,d n-grams in %.1f s",
                settings.order(), symbols.size(), ngrams.stream().mapToInt(List::size).sum(),
                (System.nanoTime() - t0) / 1e9));
        ByteArrayOutputStream model = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(model, 1 << 16))) {
            GraphoneModel.write(out, letters, symbols, ngrams, settings.order());
        }
        Lexicon lexicon = lexicon(kept, counts);
        ByteArrayOutputStream lex = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(lex), StandardCharsets.UTF_8)) {
            lexicon.write(w, "Known name words: folded Arabic TAB the most frequent Latin spelling in the training pairs.\n"
                    + "Derived from Google's Arabic-English transliteration data (Apache-2.0) and Wikidata person\n"
                    + "names (CC0) via NETransliteration-COLING2018; see NOTICE. Written by 'marsad train translit'.");
        }
        return new Result(model.toByteArray(), lex.toByteArray(), examples.size(), examples.size() - kept.size(),
                symbols.size(), lexicon.size());
    }

    private record Aligned(Aligner.Example example, List<Graphone> graphones, double logProb) {
        double perLetter() {
            return logProb / example.arabic().length();
        }
    }

    private static Set<String> heldOutFolded(Set<String> heldOut) {
        ArabicLetters widest = new ArabicLetters(false, false);
        Set<String> out = new HashSet<>();
        for (String w : heldOut) {
            out.add(widest.of(w));
        }
        return out;
    }

    /** Distinct alignable pairs, folded, in first-seen order, with their summed counts. */
    private static Map<Aligner.Example, Integer> examples(List<TranslitPair> pairs, Set<String> heldOut,
            ArabicLetters letters) {
        ArabicLetters widest = new ArabicLetters(false, false);
        Map<Aligner.Example, Integer> out = new LinkedHashMap<>();
        for (TranslitPair p : pairs) {
            if (heldOut.contains(widest.of(p.arabic()))) {
                continue;
            }
            Aligner.Example e = new Aligner.Example(letters.of(p.arabic()), LatinLetters.of(p.latin()), 1);
            if (e.alignable() && !e.latin().isEmpty()) {
                out.merge(e, p.count(), Integer::sum);
            }
        }
        return out;
    }

    /**
     * The pairs but the {@code dropWorst} fraction whose best alignment is least likely per Arabic
     * letter; only pairs seen once are dropped, as a spelling seen twice is no accident.
     */
    private static List<Aligned> keepLikeliest(Map<Aligner.Example, Integer> counts, Aligner aligner,
            double dropWorst) {
        List<Aligned> all = new ArrayList<>(counts.size());
        for (Aligner.Example e : counts.keySet()) {
            Aligner.Alignment a = aligner.align(e);
            if (a != null) {
                all.add(new Aligned(e, a.graphones(), a.logProb()));
            }
        }
        List<Aligned> ranked = new ArrayList<>(all);
        ranked.sort(Comparator.comparingDouble(Aligned::perLetter));
        Set<Aligner.Example> dropped = new HashSet<>();
        for (int i = 0; i < ranked.size() && dropped.size() < (int) (dropWorst * ranked.size()); i++) {
            if (counts.get(ranked.get(i).example()) == 1) {
                dropped.add(ranked.get(i).example());
            }
        }
        return all.stream().filter(a -> !dropped.contains(a.example())).toList();
    }

    /**
     * For every Arabic word of the kept pairs, its usual spelling: the most frequent, weighed by
     * how likely the aligner finds it, so that among few counts the one that spells the letters
     * (كوزاك: Kozák 3 times, Cusack 4) wins. The first in a-z order keeps a tie.
     */
    private static Lexicon lexicon(List<Aligned> kept, Map<Aligner.Example, Integer> counts) {
        Map<String, Map<String, Double>> seen = new TreeMap<>();
        for (Aligned a : kept) {
            seen.computeIfAbsent(a.example().arabic(), x -> new TreeMap<>()).put(a.example().latin(),
                    Math.log(counts.get(a.example())) + ALIGNMENT_WEIGHT * a.logProb());
        }
        Map<String, String> best = new TreeMap<>();
        seen.forEach((arabic, spellings) -> {
            String top = null;
            for (Map.Entry<String, Double> s : spellings.entrySet()) {
                if (top == null || s.getValue() > spellings.get(top)) {
                    top = s.getKey();
                }
            }
            best.put(arabic, top);
        });
        return new Lexicon(best);
    }
}
