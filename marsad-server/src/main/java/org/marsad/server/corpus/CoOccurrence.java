package org.marsad.server.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.entity.corpus.CorpusEntity;

/** Which entities an entity keeps company with: counted over its articles when asked, not stored. */
public final class CoOccurrence {
    private final Corpus corpus;

    public CoOccurrence(Corpus corpus) {
        this.corpus = corpus;
    }

    /** The entities named in the same articles as this one, most shared articles first, with those counts. */
    public List<Map.Entry<CorpusEntity, Integer>> of(CorpusEntity entity, int limit) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String articleId : entity.articles()) {
            ArticleInfo a = corpus.article(articleId);
            if (a != null) {
                for (String other : a.entities()) {
                    if (!other.equals(entity.id())) {
                        counts.merge(other, 1, Integer::sum);
                    }
                }
            }
        }
        List<Map.Entry<CorpusEntity, Integer>> out = new ArrayList<>();
        counts.forEach((id, n) -> {
            CorpusEntity e = corpus.entity(id);
            if (e != null) {
                out.add(Map.entry(e, n));
            }
        });
        out.sort(Map.Entry.<CorpusEntity, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(e -> e.getKey().id()));
        return out.subList(0, Math.min(limit, out.size()));
    }
}
