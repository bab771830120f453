package org.marsad.server.view;

import org.marsad.entity.corpus.CorpusEntity;

/** An entity named from elsewhere: enough to show and link it. {@code count} is what the context counts, or 0. */
public record EntityRef(String id, String type, String name, String latin, int count) {
    public static EntityRef of(CorpusEntity e, int count) {
        return new EntityRef(e.id(), e.type().name(), e.name(), e.latin(), count);
    }
}
