package org.marsad.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.marsad.text.ArabicNormalizer;

/**
 * The analysis of headline and body text for ranked search: Larkey's light10 recipe as Lucene's
 * {@code ArabicAnalyzer} runs it, with marsad's folding. Light stemming strips one article or
 * conjunction prefix and the common plural, dual and pronoun suffixes, so {@code الحكومة} and
 * {@code الحكومات} both index as {@code حكوم}; it is right for words and wrong for names, which
 * {@link ArabicNameAnalyzer} indexes in a field of their own.
 *
 * <p>Stop words are dropped after folding, so the list matches however a word was written
 * ({@code إلى} and {@code الى} alike); the list is Lucene's Arabic stop set (Savoy's, BSD), folded.
 */
public final class ArabicTextAnalyzer extends Analyzer {
    /** Lucene's Arabic stop words in the form {@link ArabicFoldFilter} leaves them. */
    public static final CharArraySet STOP_WORDS = foldedStopWords();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new DecimalDigitFilter(result);
        result = new ArabicFoldFilter(result);
        result = new StopFilter(result, STOP_WORDS);
        result = new ArabicStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicFoldFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet folded = new CharArraySet(200, false);
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            folded.add(ArabicNormalizer.normalize(new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(folded);
    }
}
