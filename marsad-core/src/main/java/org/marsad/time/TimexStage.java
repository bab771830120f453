package org.marsad.time;

import java.time.LocalDate;
import java.util.Set;
import org.marsad.doc.Doc;
import org.marsad.doc.Layer;
import org.marsad.pipeline.Stage;
import org.marsad.dating.PublicationDater;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Tokenizer;

/**
 * Adds the timex layer ({@link TimexTagger#LAYER}), anchored on the publication date. An article
 * that gives no date is first dated from its own text ({@link PublicationDater}), and the date is
 * recorded on it as inferred; the corpus stage may date it better later, from other articles.
 */
public final class TimexStage implements Stage {
    private final TimexTagger tagger;
    private final PublicationDater dater;
    private final LocalDate assumed;

    public TimexStage() {
        this(new TimexTagger());
    }

    public TimexStage(TimexTagger tagger) {
        this(tagger, null);
    }

    /** A stage that gives articles without a date of their own the date {@code assumed}, if not null. */
    public TimexStage(TimexTagger tagger, LocalDate assumed) {
        this.tagger = tagger;
        this.dater = new PublicationDater(tagger);
        this.assumed = assumed;
    }

    public TimexTagger tagger() {
        return tagger;
    }

    @Override
    public String name() {
        return "timexes";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(SentenceSplitter.LAYER, Tokenizer.LAYER);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(TimexTagger.LAYER);
    }

    @Override
    public void process(Doc doc) {
        if (doc.meta().published() == null && assumed != null) {
            doc.assumePublished(assumed);
        }
        if (doc.meta().published() != null) {
            doc.put(TimexTagger.LAYER, tagger.tag(doc.text(), doc.get(SentenceSplitter.LAYER), doc.meta().published()));
            return;
        }
        // read the words once: dating tries many anchors, and the layer is resolved on the chosen one
        TimexTagger.Prepared sentences = tagger.prepare(doc.text(), doc.get(SentenceSplitter.LAYER));
        PublicationDater.Inference inferred = dater.infer(doc, sentences);
        if (inferred != null) {
            doc.inferPublished(inferred.date(), inferred.confidence());
        }
        doc.put(TimexTagger.LAYER, tagger.resolve(sentences, inferred == null ? null : inferred.date()));
    }
}
