package org.marsad.server.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * What the server keeps in memory of one article: enough to list, filter and count it. The text
 * and the annotation layers stay on disk, in its line of {@code articles.jsonl} ({@code offset},
 * {@code length} in bytes), and are read when the article itself is asked for.
 *
 * @param story    the id of its story, or null
 * @param entities the ids of the corpus entities it mentions, each once
 */
public record ArticleInfo(String id, String source, String headline, String outlet, List<String> agencies,
        String language, LocalDate published, boolean publishedInferred, String story, List<String> entities,
        long offset, int length) {
    public ArticleInfo {
        agencies = List.copyOf(agencies);
        entities = List.copyOf(entities);
    }
}
