package org.marsad.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.marsad.text.ArabicNormalizer;

/**
 * Folds each token with marsad's {@link ArabicNormalizer}, so the index sees Arabic the way every
 * other marsad component does: hamzated and wasla alef to bare alef, alef maqsura to ya, ta
 * marbuta to ha, Persian and Urdu kaf, ya and ha to their Arabic letters, Eastern digits to ASCII,
 * and harakat, Quranic marks and tatweel dropped. It also drops format characters (zero-width
 * joiners, direction marks) that copy-pasted text leaves inside words.
 *
 * <p>This is Lucene's {@code ArabicNormalizationFilter} (after Larkey, Ballesteros and Connell,
 * "Light Stemming for Arabic Information Retrieval", 2007) widened to the Urdu-script letters
 * outlets use when they print Pakistani and Iranian names, and kept identical to core's folding.
 */
public final class ArabicFoldFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public ArabicFoldFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        int kept = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            char folded = Character.getType(c) == Character.FORMAT ? 0 : ArabicNormalizer.fold(c);
            if (folded != 0) {
                buffer[kept++] = folded;
            }
        }
        term.setLength(kept);
        return true;
    }
}
