package org.marsad.index;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFields;

/**
 * The article id of every document of a segment, read once from the stored fields and kept for
 * as long as the segment lives (keyed by its core, so a refresh after new articles reads only the
 * new segments). Counting facets over thousands of matches then costs an array look-up per match
 * instead of a stored-field read, which decompresses a whole block of article text.
 */
final class SegmentIds {
    private static final Set<String> ID_ONLY = Set.of(ArticleFields.ID);

    private final Map<IndexReader.CacheKey, String[]> bySegment = Collections.synchronizedMap(new WeakHashMap<>());

    /** The ids of {@code leaf}'s documents, by document number (null for a deleted one that held none). */
    String[] of(LeafReader leaf) throws IOException {
        IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
        if (helper == null) {
            return read(leaf);
        }
        String[] ids = bySegment.get(helper.getKey());
        if (ids == null) {
            ids = read(leaf);
            bySegment.put(helper.getKey(), ids);
        }
        return ids;
    }

    private static String[] read(LeafReader leaf) throws IOException {
        String[] ids = new String[leaf.maxDoc()];
        StoredFields stored = leaf.storedFields();
        for (int doc = 0; doc < ids.length; doc++) {
            ids[doc] = stored.document(doc, ID_ONLY).get(ArticleFields.ID);
        }
        return ids;
    }
}
