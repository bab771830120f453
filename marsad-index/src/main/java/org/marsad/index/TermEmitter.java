package org.marsad.index;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Token;

/**
 * Turns marsad tokens into index terms. The tokens' normalised forms already carry every fold the
 * index needs (alef, ya, ta marbuta, diacritics, tatweel, digits, lower case), so the index does
 * not tokenise or fold again: the indexer feeds it a Doc's token layer, the query and highlight
 * analyzers feed it the tokens of their text, and the two sides agree by construction.
 */
final class TermEmitter {
    /** Lucene's Arabic stop words, folded as marsad folds. */
    static final CharArraySet STOP_WORDS = foldedStopWords();

    private final TermForm form;
    private final ArabicStemmer stemmer = new ArabicStemmer();
    private final List<String> variants = new ArrayList<>(4);
    private final ArrayDeque<String> pending = new ArrayDeque<>(4);
    private List<Token> tokens = List.of();
    private int next;
    private int skipped;
    private char[] scratch = new char[32];
    private int lastStart;
    private int lastEnd;

    TermEmitter(TermForm form) {
        this.form = form;
    }

    void reset(List<Token> tokens) {
        this.tokens = tokens;
        next = 0;
        skipped = 0;
        pending.clear();
    }

    /** Sets the attributes to the next term; false at the end. */
    boolean next(CharTermAttribute term, OffsetAttribute offset, PositionIncrementAttribute position) {
        if (!pending.isEmpty()) {
            // a variant of the last word: same offsets, same position
            term.setEmpty().append(pending.poll());
            offset.setOffset(lastStart, lastEnd);
            position.setPositionIncrement(0);
            return true;
        }
        while (next < tokens.size()) {
            Token t = tokens.get(next++);
            if (!t.isWord() && t.kind() != Token.Kind.NUMBER && t.kind() != Token.Kind.LATIN) {
                continue;
            }
            String norm = t.norm();
            if (norm.isEmpty()) {
                continue;
            }
            if (form == TermForm.STEMMED && STOP_WORDS.contains(norm)) {
                skipped++;
                continue;
            }
            if (form == TermForm.NAME_VARIANTS && !needsNameTerm(t)) {
                skipped++;
                continue;
            }
            term.setEmpty().append(norm);
            switch (form) {
                case STEMMED -> stem(term, t);
                case NAME_QUERY -> stripArticle(term);
                case NAME_VARIANTS -> {
                    variants.clear();
                    Proclitics.strippedForms(norm, variants);
                    pending.addAll(variants);
                }
            }
            lastStart = t.start();
            lastEnd = t.end();
            offset.setOffset(lastStart, lastEnd);
            position.setPositionIncrement(1 + skipped);
            skipped = 0;
            return true;
        }
        return false;
    }

    /**
     * Whether a word needs the names field at all. The text field finds every word by its light
     * stem, which is the word itself once Lucene's stemmer has taken off the article and a leading
     * و. A word needs the names field only where that is not so: the stemmer also cuts a suffix
     * ({@code سلمان} → {@code سلم}, {@code ديمتري} → {@code ديمتر}); or the stemmer and marsad's
     * tokenizer disagree about its particles, because the stemmer leaves a bare ب ل ك ف on
     * ({@code لبيسكوف}) or takes the first letter off a name ({@code وليد}); or the word is a stop
     * word the text field drops ({@code علي}, folded like {@code على}). Words with the article stay out: they are
     * nouns, which the text field finds by stem, and personal names do not take it.
     */
    private boolean needsNameTerm(Token t) {
        String norm = t.norm();
        if (t.kind() != Token.Kind.WORD || !ArabicNormalizer.isArabicLetter(norm.charAt(0))) {
            return false;
        }
        if (STOP_WORDS.contains(norm)) {
            return true;
        }
        if (Proclitics.articleLength(norm) > 0) {
            return false;
        }
        int length = norm.length();
        if (scratch.length < length) {
            scratch = new char[length * 2];
        }
        norm.getChars(0, length, scratch, 0);
        int afterPrefix = stemmer.stemPrefix(scratch, length);
        if (stemmer.stemSuffix(scratch, afterPrefix) != afterPrefix) {
            return true;
        }
        // the tokenizer and the stemmer disagree about the particles: the stemmer leaves one on
        // ("لبيسكوف") or takes a letter off a name the tokenizer knows whole ("وليد")
        return t.prefixLength() != length - afterPrefix;
    }

    private void stem(CharTermAttribute term, Token t) {
        if (t.kind() == Token.Kind.WORD && ArabicNormalizer.isArabicLetter(term.charAt(0))) {
            term.setLength(stemmer.stem(term.buffer(), term.length()));
        }
    }

    private static void stripArticle(CharTermAttribute term) {
        int article = Proclitics.articleLength(term);
        if (article > 0) {
            int length = term.length() - article;
            char[] buffer = term.buffer();
            System.arraycopy(buffer, article, buffer, 0, length);
            term.setLength(length);
        }
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet folded = new CharArraySet(200, false);
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            folded.add(ArabicNormalizer.normalize(new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(folded);
    }
}
