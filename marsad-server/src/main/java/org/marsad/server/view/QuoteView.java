package org.marsad.server.view;

import org.marsad.export.QuoteRecord;

/** A quote with the article that cites it. */
public record QuoteView(ArticleRefView article, int start, int end, String kind, String speaker,
        String speakerEntity, String said) {
    public static QuoteView of(QuoteRecord q) {
        return new QuoteView(new ArticleRefView(q.article().id(), q.article().headline(), q.article().outlet(),
                q.article().published(), q.article().publishedInferred()), q.start(), q.end(), q.kind(), q.speaker(),
                q.speakerEntity(), q.said());
    }

    /** The cited article, as a quote names it. */
    public record ArticleRefView(String id, String headline, String outlet, java.time.LocalDate published,
            boolean publishedInferred) {
    }
}
