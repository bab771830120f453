package org.marsad.index;

import java.io.IOException;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A Lucene tokenizer that is marsad's own tokenizer: queries, headlines and highlighted texts
 * are tokenised and folded exactly as the pipeline tokenised the articles, then turned into terms
 * by the same {@link TermEmitter}.
 */
final class MarsadTokenizer extends Tokenizer {
    private static final org.marsad.text.Tokenizer TOKENIZER = new org.marsad.text.Tokenizer();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TermEmitter emitter;
    private final StringBuilder text = new StringBuilder();

    MarsadTokenizer(TermForm form) {
        this.emitter = new TermEmitter(form);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        char[] buffer = new char[4096];
        for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
            text.append(buffer, 0, n);
        }
        emitter.reset(TOKENIZER.tokenize(text));
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        if (!emitter.next(term, offset, position)) {
            return false;
        }
        offset.setOffset(correctOffset(offset.startOffset()), correctOffset(offset.endOffset()));
        return true;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int end = correctOffset(text.length());
        offset.setOffset(end, end);
    }
}
