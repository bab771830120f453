package org.marsad.server.view;

import java.time.LocalDate;
import org.marsad.server.corpus.ArticleInfo;

/** An article as lists show it. */
public record ArticleSummary(String id, String headline, String outlet, LocalDate published,
        boolean publishedInferred, String story) {
    public static ArticleSummary of(ArticleInfo a) {
        return new ArticleSummary(a.id(), a.headline(), a.outlet(), a.published(), a.publishedInferred(), a.story());
    }
}
