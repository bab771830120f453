package org.marsad.index;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.marsad.text.Token;

/** The index terms of an analysed Doc, read off its token layer: no second tokenisation. */
final class TokenLayerStream extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TermEmitter emitter;
    private final List<Token> tokens;
    private final int textLength;

    TokenLayerStream(List<Token> tokens, TermForm form, int textLength) {
        this.emitter = new TermEmitter(form);
        this.tokens = tokens;
        this.textLength = textLength;
    }

    /** The tokens that lie within {@code [0, end)}: the headline's, since the text opens with it. */
    static List<Token> prefix(List<Token> tokens, int end) {
        int n = 0;
        while (n < tokens.size() && tokens.get(n).end() <= end) {
            n++;
        }
        return tokens.subList(0, n);
    }

    @Override
    public void reset() {
        emitter.reset(tokens);
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        return emitter.next(term, offset, position);
    }

    @Override
    public void end() throws java.io.IOException {
        super.end();
        offset.setOffset(textLength, textLength);
    }
}
