package org.marsad.entity;

import org.marsad.Marsad;
import org.marsad.doc.Doc;
import org.marsad.doc.Provenance;
import org.marsad.ingest.RawArticle;

/** Articles analysed by the standard pipeline, for the entity tests. */
public final class EntityDocs {
    private EntityDocs() {
    }

    /** {@code body} as a dated article's text, analysed through the entity stages. */
    public static Doc analyse(String id, String body) {
        return Marsad.pipeline().analyze(RawArticle.ofText(Provenance.ofFile(id + ".txt"), body), id);
    }
}
