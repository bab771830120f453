package org.marsad.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.doc.Provenance;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.Ingestor;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.Rejection;

/** What ingestion made of some inputs, kept for the input formats' tests to look at. */
public final class CollectingSink implements ArticleSink {
    public final List<RawArticle> articles = new ArrayList<>();
    public final List<Rejection> rejections = new ArrayList<>();
    /** How many records were skipped, by why. */
    public final Map<String, Long> skipped = new TreeMap<>();

    /** Reads {@code inputs} with the installed formats. */
    public static CollectingSink read(List<String> inputs) {
        CollectingSink got = new CollectingSink();
        new Ingestor(IngestOptions.defaults()).read(inputs, got);
        return got;
    }

    @Override
    public void accept(RawArticle article) {
        articles.add(article);
    }

    @Override
    public void reject(Rejection rejection) {
        rejections.add(rejection);
    }

    @Override
    public void skip(Provenance record, String why) {
        skipped.merge(why, 1L, Long::sum);
    }
}
