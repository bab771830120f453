package org.marsad.entity.latin;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The joint-sequence model of Arabic-to-Latin spelling (Bisani and Ney 2008): the graphones
 * learnt by the {@link Aligner}, an {@link NgramModel} over them, and the Arabic folds it was
 * trained with.
 */
final class GraphoneModel {
    private static final int MAGIC = 0x584C4954; // "XLIT"
    private static final int VERSION = 1;

    private final ArabicLetters letters;
    /** By id; ids 0 and 1 are the boundaries and have no graphone. */
    private final Graphone[] graphones;
    /** The ids of the graphones that spell each run of one or two Arabic letters. */
    private final Map<String, int[]> byArabic = new HashMap<>();
    private final NgramModel ngrams;

    GraphoneModel(ArabicLetters letters, List<Graphone> symbols, NgramModel ngrams) {
        this.letters = letters;
        this.graphones = new Graphone[symbols.size() + 2];
        Map<String, List<Integer>> ids = new HashMap<>();
        for (int i = 0; i < symbols.size(); i++) {
            graphones[i + 2] = symbols.get(i);
            ids.computeIfAbsent(symbols.get(i).arabic(), a -> new ArrayList<>()).add(i + 2);
        }
        ids.forEach((a, list) -> byArabic.put(a, list.stream().mapToInt(Integer::intValue).toArray()));
        this.ngrams = ngrams;
    }

    ArabicLetters letters() {
        return letters;
    }

    NgramModel ngrams() {
        return ngrams;
    }

    Graphone graphone(int id) {
        return graphones[id];
    }

    /** The graphones that can spell {@code arabic[from, from + length)}; empty when none. */
    int[] spelling(String arabic, int from, int length) {
        int[] ids = byArabic.get(arabic.substring(from, from + length));
        return ids != null ? ids : new int[0];
    }

    /** Whether some graphone starts with this letter, so a word of it can be spelt. */
    boolean knows(char arabicLetter) {
        return byArabic.containsKey(String.valueOf(arabicLetter));
    }

    /** The file: a header, the folds, the graphones in id order, then the n-grams. */
    static void write(DataOutputStream out, ArabicLetters letters, List<Graphone> symbols,
            List<List<NgramModel.Entry>> ngrams, int order) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeBoolean(letters.keepsTaMarbuta());
        out.writeBoolean(letters.keepsAlefMaqsura());
        out.writeInt(symbols.size());
        for (Graphone g : symbols) {
            out.writeUTF(g.arabic());
            out.writeUTF(g.latin());
        }
        NgramModel.write(out, order, ngrams);
    }

    static GraphoneModel read(DataInputStream in) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a transliteration model of this version");
        }
        ArabicLetters letters = new ArabicLetters(in.readBoolean(), in.readBoolean());
        int n = in.readInt();
        List<Graphone> symbols = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            symbols.add(new Graphone(in.readUTF(), in.readUTF()));
        }
        return new GraphoneModel(letters, symbols, NgramModel.read(in));
    }
}
