package org.marsad.text;

import java.util.Set;
import org.marsad.doc.Doc;
import org.marsad.doc.Layer;
import org.marsad.pipeline.Stage;

/** Adds the sentence layer ({@link SentenceSplitter#LAYER}) over the whole cleaned text. */
public final class SentenceStage implements Stage {
    private final SentenceSplitter splitter;

    public SentenceStage() {
        this(new SentenceSplitter());
    }

    public SentenceStage(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(SentenceSplitter.LAYER);
    }

    @Override
    public void process(Doc doc) {
        doc.put(SentenceSplitter.LAYER, splitter.split(doc.text()));
    }
}
