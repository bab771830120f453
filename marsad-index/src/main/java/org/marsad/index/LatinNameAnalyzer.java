package org.marsad.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of the {@code latin} field's queries: words lower-cased and folded to ASCII, so
 * {@code Peskov}, {@code PESKOV} and {@code Péskov} are one term. The index side feeds the
 * spellings of {@link LatinNameStream} through the same {@link #fold}.
 */
final class LatinNameAnalyzer extends Analyzer {
    static TokenStream fold(TokenStream words) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(words));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer words = new StandardTokenizer();
        return new TokenStreamComponents(words, fold(words));
    }
}
