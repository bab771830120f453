package org.marsad.entity.corpus;

import java.util.List;
import org.marsad.entity.EntityType;

/**
 * One real-world entity across the corpus, as exported in {@code entities.jsonl}: its canonical
 * Arabic name (the form the articles write most), every form seen, a Latin-script name where one
 * is known, the roles the articles give it, and the articles it occurs in.
 */
public record CorpusEntity(String id, EntityType type, String name, List<String> aliases, String latin,
        List<String> roles, List<String> articles) {
    public CorpusEntity {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        articles = List.copyOf(articles);
    }

    public CorpusEntity withLatin(String latinName) {
        return new CorpusEntity(id, type, name, aliases, latinName, roles, articles);
    }
}
