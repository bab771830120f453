package org.marsad.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of the unstemmed {@code names} field: folded words with only their attached
 * particles handled, because light stemmers mangle names (the suffix rules cut {@code سلمان} to
 * {@code سلم}, {@code عيسى} to {@code عيس}, {@code موسى} to {@code موس}). No stop words either:
 * folding makes the preposition {@code على} and the name {@code علي} one word, and this field is
 * where the name survives.
 *
 * <p>Index and query differ as synonym analysis does: the index stacks each word's stripped forms
 * on the whole word ({@link ProcliticVariantFilter}); a query removes only the article ({@link
 * ArticleStripFilter}). Use {@link #forIndexing()} in the writer and {@link #forQuerying()} in
 * the searcher.
 */
public final class ArabicNameAnalyzer extends Analyzer {
    private final boolean indexing;

    private ArabicNameAnalyzer(boolean indexing) {
        this.indexing = indexing;
    }

    public static ArabicNameAnalyzer forIndexing() {
        return new ArabicNameAnalyzer(true);
    }

    public static ArabicNameAnalyzer forQuerying() {
        return new ArabicNameAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new DecimalDigitFilter(result);
        result = new ArabicFoldFilter(result);
        result = indexing ? new ProcliticVariantFilter(result) : new ArticleStripFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicFoldFilter(new DecimalDigitFilter(new LowerCaseFilter(in)));
    }
}
