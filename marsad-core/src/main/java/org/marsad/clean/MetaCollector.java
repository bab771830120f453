package org.marsad.clean;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.doc.ArticleMeta;

/**
 * Gathers metadata from every byline an article has (its byline field, a dateline line, the
 * opening of its first paragraph). The first source to give a value wins; agencies accumulate,
 * without repeating one spelled two ways.
 */
final class MetaCollector {
    String headline;
    String outlet;
    String dateline;
    String author;
    String section;
    LocalDate bylineDate;
    private final List<String> agencies = new ArrayList<>();
    private final Set<String> agencyKeys = new HashSet<>();

    void add(Byline b) {
        outlet = outlet != null ? outlet : b.outlet();
        dateline = dateline != null ? dateline : b.dateline();
        author = author != null ? author : b.author();
        bylineDate = bylineDate != null ? bylineDate : b.date();
        for (String a : b.agencies()) {
            if (agencyKeys.add(BylineVocabulary.compact(a))) {
                agencies.add(a);
            }
        }
    }

    ArticleMeta build(String recordOutlet, LocalDate recordPublished, LocalDate downloaded, String url,
                      String language) {
        LocalDate published = recordPublished != null ? recordPublished : bylineDate;
        return new ArticleMeta(headline, outlet != null ? outlet : recordOutlet, agencies, dateline, author, section,
                published, false, downloaded, url, language);
    }
}
