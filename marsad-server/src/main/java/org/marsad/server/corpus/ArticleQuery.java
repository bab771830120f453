package org.marsad.server.corpus;

import java.time.LocalDate;
import java.util.Set;
import org.marsad.index.SearchRequest;

/**
 * A search over the corpus: the index's request (words, dates, outlets, agencies, page) and the
 * filters only the export knows (a corpus entity, a story, a language), each null when unused.
 */
public record ArticleQuery(String words, LocalDate from, LocalDate to, Set<String> outlets, Set<String> agencies,
        String entity, String story, String language, int offset, int limit, SearchRequest.Order order) {
}
