package org.marsad.index;

import org.apache.lucene.analysis.Analyzer;

/**
 * The analysis of the unstemmed {@code names} field: folded words with only their attached
 * particles handled, because light stemmers mangle names (the suffix rules cut {@code سلمان} to
 * {@code سلم}, {@code عيسى} to {@code عيس}, {@code موسى} to {@code موس}). No stop words either:
 * folding makes the preposition {@code على} and the name {@code علي} one word, and this field is
 * where the name survives.
 *
 * <p>Index and query differ as synonym analysis does: the index stacks each word's stripped forms
 * on the whole word ({@link TermForm#NAME_VARIANTS}); a query removes only the article
 * ({@link TermForm#NAME_QUERY}). Use {@link #forIndexing()} in the writer and
 * {@link #forQuerying()} in the searcher.
 */
public final class ArabicNameAnalyzer extends Analyzer {
    private final TermForm form;

    private ArabicNameAnalyzer(TermForm form) {
        this.form = form;
    }

    public static ArabicNameAnalyzer forIndexing() {
        return new ArabicNameAnalyzer(TermForm.NAME_VARIANTS);
    }

    public static ArabicNameAnalyzer forQuerying() {
        return new ArabicNameAnalyzer(TermForm.NAME_QUERY);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new MarsadTokenizer(form));
    }
}
