package org.marsad.pipeline;

import java.util.Set;
import org.marsad.doc.Doc;
import org.marsad.doc.Layer;

/**
 * One step of the per-article analysis. A stage reads the layers it needs and adds its own;
 * stages are stateless across documents (or safely shared), so one pipeline serves every thread.
 */
public interface Stage {
    String name();

    Set<Layer<?>> needs();

    Set<Layer<?>> adds();

    void process(Doc doc);
}
