package org.marsad.server.corpus;

import java.util.List;
import java.util.Map;
import org.marsad.index.SearchResult;

/**
 * A page of hits and the facets of every match: for each facet (outlet, agency, language, story,
 * entity) its most frequent values. {@code counted} is how many matches the facets were counted
 * over (all of them up to {@link CorpusSearch#FACET_MATCHES}).
 */
public record SearchPage(SearchResult result, Map<String, List<Facet>> facets, int counted) {
}
