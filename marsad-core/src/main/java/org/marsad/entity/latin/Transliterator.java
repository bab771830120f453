package org.marsad.entity.latin;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Latin-script names for Arabic ones, so that a search for "Peskov" finds بيسكوف. A word the
 * {@link Lexicon} knows gets its usual spelling; any other is spelt by the {@link GraphoneModel},
 * which supplies the vowels Arabic leaves unwritten. Each word is spelt once. Thread-safe.
 *
 * <pre>{@code
 * Transliterator t = Transliterator.standard();
 * t.latin("دميتري بيسكوف");          // "Dmitry Peskov"
 * t.candidates("بيسكوف", 5);         // [peskov, piskov, ...]
 * }</pre>
 */
public final class Transliterator {
    public static final String MODEL_RESOURCE = "/org/marsad/entity/latin/model.bin.gz";
    public static final String LEXICON_RESOURCE = "/org/marsad/entity/latin/lexicon.tsv.gz";
    /** Hypotheses kept per position: 200 scored no better on the eval set, 16 hardly worse. */
    static final int BEAM = 48;
    /** Spellings remembered a word: enough for the usual English, French and German forms of a name. */
    public static final int REMEMBERED = 8;
    /** Words remembered. */
    static final int CAPACITY = 100_000;

    private static volatile Transliterator standard;

    private final GraphoneModel model;
    private final Lexicon lexicon;
    private final Decoder decoder;
    private final NameConventions names;
    private final Map<String, List<String>> spelt = new ConcurrentHashMap<>();

    Transliterator(GraphoneModel model, Lexicon lexicon) {
        this.model = model;
        this.lexicon = lexicon;
        this.decoder = new Decoder(model, BEAM);
        this.names = new NameConventions(model.letters(), this::spell);
    }

    /** The bundled model and lexicon, loaded once. */
    public static Transliterator standard() {
        Transliterator t = standard;
        if (t == null) {
            synchronized (Transliterator.class) {
                t = standard;
                if (t == null) {
                    t = load();
                    standard = t;
                }
            }
        }
        return t;
    }

    /** Loads the bundled model and lexicon afresh (the benchmark times this). */
    public static Transliterator load() {
        try (InputStream m = resource(MODEL_RESOURCE); InputStream l = resource(LEXICON_RESOURCE)) {
            return read(m, l);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A model and a lexicon as {@code train translit} writes them (both gzipped). */
    public static Transliterator read(InputStream model, InputStream lexicon) throws IOException {
        GraphoneModel m = GraphoneModel.read(new DataInputStream(new BufferedInputStream(new GZIPInputStream(model, 1 << 16))));
        Lexicon l = Lexicon.read(new BufferedReader(new InputStreamReader(new GZIPInputStream(lexicon, 1 << 16),
                StandardCharsets.UTF_8)));
        return new Transliterator(m, l);
    }

    /**
     * The same model and lexicon with nothing remembered yet: what a benchmark of the spelling
     * itself needs, since a remembered word costs a lookup.
     */
    public Transliterator withEmptyMemory() {
        return new Transliterator(model, lexicon);
    }

    /** The Latin name of a name of one or more words: each word capitalised, joined by spaces. */
    public String latin(String arabicName) {
        return names.name(arabicName);
    }

    /**
     * Up to {@code n} Latin spellings of one word, lower case, best first: the known spelling
     * if there is one, then the model's. Up to {@link #REMEMBERED} of them are remembered a word.
     */
    public List<String> candidates(String word, int n) {
        String folded = model.letters().of(word);
        List<String> best = n <= REMEMBERED ? remembered(folded) : spellings(folded, n);
        return best.size() <= n ? best : best.subList(0, n);
    }

    /** The best spelling of one folded word, lower case. */
    private String spell(String folded) {
        List<String> best = remembered(folded);
        return best.isEmpty() ? "" : best.get(0);
    }

    /**
     * A corpus names the same people again and again, and a beam search costs a millisecond or
     * more, so each word is spelt once; past {@link #CAPACITY} words the memory starts afresh
     * rather than track recency.
     */
    private List<String> remembered(String folded) {
        List<String> best = spelt.get(folded);
        if (best == null) {
            best = spellings(folded, REMEMBERED);
            if (spelt.size() >= CAPACITY) {
                spelt.clear();
            }
            spelt.put(folded, best);
        }
        return best;
    }

    private List<String> spellings(String folded, int n) {
        List<String> out = new ArrayList<>(n);
        String fromLexicon = lexicon.get(folded);
        if (fromLexicon != null && n > 0) {
            out.add(fromLexicon);
        }
        for (Decoder.Candidate c : decoder.nbest(known(folded), n)) {
            if (out.size() < n && !out.contains(c.latin())) {
                out.add(c.latin());
            }
        }
        return List.copyOf(out);
    }

    /** The letters the model can spell: training never saw the others, so no path would cross them. */
    private String known(String arabic) {
        StringBuilder b = new StringBuilder(arabic.length());
        for (int i = 0; i < arabic.length(); i++) {
            if (model.knows(arabic.charAt(i))) {
                b.append(arabic.charAt(i));
            }
        }
        return b.toString();
    }

    private static InputStream resource(String name) {
        InputStream in = Transliterator.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("transliteration model not found on the class path: " + name);
        }
        return in;
    }
}
