package org.marsad.server.view;

import java.util.List;
import java.util.Map;
import org.marsad.entity.corpus.CorpusEntity;
import org.marsad.server.api.PageOf;

/** An entity with everything its page shows: names, roles, its quotes (a page of them) and its company. */
public record EntityDetail(String id, String type, String name, List<String> aliases, String latin,
        List<String> roles, int articleCount, PageOf<QuoteView> quotes, List<EntityRef> coOccurring) {
    /** The entities an entity page lists as its company. */
    public static final int CO_OCCURRING = 20;

    public static EntityDetail of(CorpusEntity e, PageOf<QuoteView> quotes,
            List<Map.Entry<CorpusEntity, Integer>> company) {
        return new EntityDetail(e.id(), e.type().name(), e.name(), e.aliases(), e.latin(), e.roles(),
                e.articles().size(), quotes,
                company.stream().map(c -> EntityRef.of(c.getKey(), c.getValue())).toList());
    }
}
