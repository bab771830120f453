package org.marsad.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marsad.doc.Doc;
import org.marsad.entity.EntityType;
import org.marsad.entity.article.ArticleEntityStage;
import org.marsad.entity.article.Mention;
import org.marsad.entity.latin.Transliterator;

/**
 * The {@code latin} field's terms: for each word of each person named in the article, its likely
 * Latin spellings ({@link Transliterator#candidates}) stacked at one position, with the word's offsets in the
 * text, so {@code Peskov} finds {@code بيسكوف}, {@code "Dmitry Peskov"} finds the two words in order,
 * and the highlighter marks the Arabic word. Persons only: the model learnt the spelling of
 * personal names, and places and organisations have translations, not transliterations.
 */
final class LatinNameStream extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final List<int[]> words;
    private final String text;
    private final Transliterator spellings;
    private int word;
    private List<String> current = List.of();
    private int next;

    private LatinNameStream(String text, List<int[]> words, Transliterator spellings) {
        this.text = text;
        this.words = words;
        this.spellings = spellings;
    }

    /** The folded stream of the article's person names; null when it names nobody. */
    static TokenStream of(Doc doc, Transliterator spellings) {
        if (!doc.has(ArticleEntityStage.LAYER)) {
            return null;
        }
        List<int[]> words = new ArrayList<>();
        for (Mention m : doc.get(ArticleEntityStage.LAYER)) {
            if (m.type() == EntityType.PER && !m.byRole()) {
                addWords(doc.text(), m.start(), m.end(), words);
            }
        }
        return words.isEmpty() ? null : LatinNameAnalyzer.fold(new LatinNameStream(doc.text(), words, spellings));
    }

    /** The runs of letters in {@code [start, end)}, as start and end offsets. */
    private static void addWords(String text, int start, int end, List<int[]> out) {
        int i = start;
        while (i < end) {
            while (i < end && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < end && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > from) {
                out.add(new int[] {from, i});
            }
        }
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        word = -1;
        current = List.of();
        next = 0;
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        boolean newWord = false;
        while (next >= current.size()) {
            if (++word >= words.size()) {
                return false;
            }
            int[] w = words.get(word);
            current = spellings.candidates(text.substring(w[0], w[1]), Transliterator.REMEMBERED);
            next = 0;
            newWord = true;
        }
        int[] w = words.get(word);
        term.setEmpty().append(current.get(next++));
        offset.setOffset(w[0], w[1]);
        position.setPositionIncrement(newWord ? 1 : 0);
        return true;
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offset.setOffset(text.length(), text.length());
    }
}
