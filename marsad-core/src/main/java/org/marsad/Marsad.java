package org.marsad;

import java.time.LocalDate;
import java.util.List;
import org.marsad.batch.CorpusStage;
import org.marsad.clean.ArticleCleaner;
import org.marsad.dating.CorpusDating;
import org.marsad.doc.Doc;
import org.marsad.doc.Provenance;
import org.marsad.entity.EntityType;
import org.marsad.entity.NerStage;
import org.marsad.entity.article.ArticleEntityStage;
import org.marsad.entity.corpus.EntityLinker;
import org.marsad.entity.latin.Transliterator;
import org.marsad.event.EventStage;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;
import org.marsad.quote.QuoteStage;
import org.marsad.text.SentenceStage;
import org.marsad.text.TokenStage;
import org.marsad.time.TimexStage;
import org.marsad.time.TimexTagger;

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
     * tokens, time expressions, entities, quotes, events.
     */
    public static Pipeline pipeline() {
        return pipeline(null);
    }

    /**
     * The same, giving articles that carry no publication date (in their text or record) the date
     * {@code assumedPublished} instead of inferring one; null to infer.
     */
    public static Pipeline pipeline(LocalDate assumedPublished) {
        return new Pipeline(new ArticleCleaner(), List.of(new SentenceStage(), new TokenStage(),
                new TimexStage(new TimexTagger(), assumedPublished), new NerStage(), new ArticleEntityStage(),
                new QuoteStage(), new EventStage()));
    }

    /**
     * The analysis that needs the whole corpus, run over the articles {@code pipeline} produced:
     * articles that give no date are dated from the events they share with the others, then each
     * article's entities are linked to the corpus's ({@code linker}).
     */
    public static CorpusStage corpusStage(Pipeline pipeline, EntityLinker linker) {
        return new CorpusDating(pipeline, new TimexTagger(), CorpusDating.DEFAULT_MAX_HELD).then(linker);
    }

    /**
     * The corpus-level entities: one per real-world entity, however each article spells it; each
     * person with a Latin-script name from the bundled transliteration model.
     */
    public static EntityLinker entityLinker() {
        Transliterator latin = Transliterator.standard();
        return new EntityLinker(e -> e.type() == EntityType.PER ? latin.latin(e.name()) : null);
    }

    /** Analyses one article given as scraped text. */
    public static Doc analyze(String text) {
        return pipeline().analyze(RawArticle.ofText(Provenance.ofFile("-"), text));
    }
}
