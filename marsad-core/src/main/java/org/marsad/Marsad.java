package org.marsad;

import java.util.List;
import org.marsad.clean.ArticleCleaner;
import org.marsad.doc.Doc;
import org.marsad.doc.Provenance;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.SentenceStage;
import org.marsad.text.TokenStage;
import org.marsad.time.TimexStage;

/**
 * The entry point for library users: the standard pipeline, and one-call analysis of a text.
 *
 * <pre>{@code
 * Doc doc = Marsad.analyze(articleText);
 * doc.meta().headline();                      // what the cleaner read
 * doc.get(SentenceSplitter.LAYER);            // spans over doc.text()
 * }</pre>
 */
public final class Marsad {
    private Marsad() {
    }

    /**
     * The per-article analysis, in order: clean (headline, bylines, boilerplate), sentences,
     * tokens, time expressions. Later stages (entities, quotes, events) join this list.
     */
    public static Pipeline pipeline() {
        return new Pipeline(new ArticleCleaner(), List.of(new SentenceStage(), new TokenStage(), new TimexStage()));
    }

    /** Analyses one article given as scraped text. */
    public static Doc analyze(String text) {
        return pipeline().analyze(RawArticle.ofText(Provenance.ofFile("-"), text));
    }
}
