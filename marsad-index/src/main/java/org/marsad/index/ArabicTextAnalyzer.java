package org.marsad.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The analysis of headline and body text for ranked search: Larkey's light10 recipe as Lucene's
 * {@code ArabicAnalyzer} runs it, over marsad's own tokens and folding. Light stemming strips one
 * article or conjunction prefix and the common plural, dual and pronoun suffixes, so
 * {@code الحكومة} and {@code الحكومات} both index as {@code حكوم}; it is right for words and wrong
 * for names, which {@link ArabicNameAnalyzer} indexes in a field of their own.
 *
 * <p>Stop words are dropped after folding, so the list matches however a word was written
 * ({@code إلى} and {@code الى} alike); the list is Lucene's Arabic stop set (Savoy's, BSD), folded.
 * Indexing does not run this analyzer over article text: it reads the Doc's token layer through
 * the same {@link TermEmitter}; queries, headlines and highlighting run it.
 */
public final class ArabicTextAnalyzer extends Analyzer {
    /** Lucene's Arabic stop words in the form marsad's folding leaves them. */
    public static final CharArraySet STOP_WORDS = TermEmitter.STOP_WORDS;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new MarsadTokenizer(TermForm.STEMMED));
    }
}
