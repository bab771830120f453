package org.marsad.index;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The article id of every document of a segment, read once from the index's id terms and kept for
 * as long as the segment lives (keyed by its core, so a refresh after new articles reads only the
 * new segments). Counting facets over thousands of matches then costs an array look-up per match
 * instead of a stored-field read, which decompresses a whole block of article text.
 */
final class SegmentIds {
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

    /** From the id field's terms and their postings: stored fields would decompress every article's text. */
    private static String[] read(LeafReader leaf) throws IOException {
        String[] ids = new String[leaf.maxDoc()];
        Terms terms = leaf.terms(ArticleFields.ID);
        if (terms == null) {
            return ids;
        }
        TermsEnum each = terms.iterator();
        PostingsEnum docs = null;
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            String id = term.utf8ToString();
            docs = each.postings(docs, PostingsEnum.NONE);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                ids[doc] = id;
            }
        }
        return ids;
    }
}
