package org.marsad.entity.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.marsad.batch.CorpusStage;
import org.marsad.doc.Doc;
import org.marsad.doc.Layer;
import org.marsad.entity.article.ArticleEntity;
import org.marsad.entity.article.ArticleEntityStage;

/**
 * Gives every article entity the id of its corpus-level entity ({@link #LAYER}), in input order,
 * and lists the corpus's entities when the run is over. An id given to an article stays valid:
 * when later articles show two entities to be one, {@link #finalId} maps the retired id to the
 * one kept, so a writer that streamed articles out can mend them at the end.
 */
public final class EntityLinker implements CorpusStage {
    public static final Layer<EntityLink> LAYER = Layer.of("entity-links", EntityLink.class);

    private final EntityRegistry registry = new EntityRegistry(AliasTable.standard());
    private final Function<CorpusEntity, String> latin;

    /** @param latin the Latin-script name of an entity, or null when there is none to give */
    public EntityLinker(Function<CorpusEntity, String> latin) {
        this.latin = latin;
    }

    @Override
    public synchronized boolean pass(Doc doc) {
        if (!doc.has(ArticleEntityStage.ENTITIES)) {
            return true;
        }
        List<EntityLink> links = new ArrayList<>();
        for (ArticleEntity e : doc.get(ArticleEntityStage.ENTITIES)) {
            links.add(new EntityLink(e.start(), e.end(), e.index(), id(registry.link(doc.id(), e))));
        }
        doc.put(LAYER, links);
        return true;
    }

    @Override
    public List<Doc> finish() {
        return List.of();
    }

    /** Whether some ids given out have since been retired by a merge. */
    public synchronized boolean merged() {
        return registry.merges() > 0;
    }

    /** The id that stands now for an id given out earlier. */
    public synchronized String finalId(String id) {
        if (!id.matches("e[0-9]+")) {
            return id; // not one of ours: an article analysed without the linker
        }
        return id(registry.root(Integer.parseInt(id.substring(1)) - 1));
    }

    /** The corpus's entities, in order of first appearance. */
    public synchronized List<CorpusEntity> entities() {
        List<CorpusEntity> out = new ArrayList<>();
        for (RegistryEntry entry : registry.roots()) {
            CorpusEntity e = entry.toEntity(id(entry.number));
            out.add(latin == null ? e : e.withLatin(latin.apply(e)));
        }
        return out;
    }

    private static String id(int number) {
        return "e" + (number + 1);
    }
}
