package org.marsad.time;

import java.util.Set;
import org.marsad.doc.Doc;
import org.marsad.doc.Layer;
import org.marsad.pipeline.Stage;
import org.marsad.text.SentenceSplitter;

/** Adds the timex layer ({@link TimexTagger#LAYER}), anchored on the publication date when known. */
public final class TimexStage implements Stage {
    private final TimexTagger tagger;

    public TimexStage() {
        this(new TimexTagger());
    }

    public TimexStage(TimexTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public String name() {
        return "timexes";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(SentenceSplitter.LAYER);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(TimexTagger.LAYER);
    }

    @Override
    public void process(Doc doc) {
        doc.put(TimexTagger.LAYER, tagger.tag(doc.text(), doc.get(SentenceSplitter.LAYER), doc.meta().published()));
    }
}
