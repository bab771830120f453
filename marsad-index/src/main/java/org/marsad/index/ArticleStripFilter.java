package org.marsad.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Query side of the name field: removes the article (and the particles fused with it, as in
 * {@code بال}, {@code لل}) from each word, and nothing else. The index holds every word both whole
 * and stripped ({@link ProcliticVariantFilter}), so this one deterministic form always has a
 * counterpart there, while a name that merely begins with wa or fa ({@code وليد}, {@code فيصل})
 * is looked up whole.
 */
public final class ArticleStripFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public ArticleStripFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        int article = Proclitics.articleLength(term);
        if (article > 0) {
            int length = term.length() - article;
            char[] buffer = term.buffer();
            System.arraycopy(buffer, article, buffer, 0, length);
            term.setLength(length);
        }
        return true;
    }
}
