package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.doc.Doc;
import org.marsad.doc.Layer;
import org.marsad.doc.TextSpan;
import org.marsad.pipeline.Stage;

/**
 * Adds the token layer ({@link Tokenizer#LAYER}): the tokens of every sentence, in text order,
 * so a token never straddles two sentences and the text between sentences has none.
 */
public final class TokenStage implements Stage {
    private final Tokenizer tokenizer;

    public TokenStage() {
        this(new Tokenizer());
    }

    public TokenStage(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    @Override
    public String name() {
        return "tokens";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(SentenceSplitter.LAYER);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Tokenizer.LAYER);
    }

    @Override
    public void process(Doc doc) {
        String text = doc.text();
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 1);
        for (TextSpan sentence : doc.get(SentenceSplitter.LAYER)) {
            tokenizer.tokenize(text, sentence.start(), sentence.end(), tokens);
        }
        doc.put(Tokenizer.LAYER, tokens);
    }
}
