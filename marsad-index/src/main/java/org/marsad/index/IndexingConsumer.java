package org.marsad.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.marsad.batch.ArticleConsumer;
import org.marsad.doc.Doc;

/**
 * Feeds analysed articles to the index from the worker threads (Lucene's writer is thread-safe
 * and the order of additions does not change the index), committing at each checkpoint so a
 * killed run loses at most the articles since the last one, which a re-run puts back.
 */
public final class IndexingConsumer implements ArticleConsumer {
    private final ArticleIndex index;
    private final Path dir;

    private IndexingConsumer(ArticleIndex index, Path dir) {
        this.index = index;
        this.dir = dir;
    }

    public static IndexingConsumer open(Path dir) {
        try {
            return new IndexingConsumer(ArticleIndex.open(dir), dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void consume(Doc doc) {
        try {
            index.put(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + doc.provenance().label() + " in " + dir, e);
        } catch (IllegalArgumentException e) {
            // Lucene refuses a field whose options differ from what the index was built with
            throw new IllegalStateException("the index in " + dir + " was built with another schema ("
                    + e.getMessage() + "); delete it or give another --index", e);
        }
    }

    @Override
    public boolean concurrent() {
        return true;
    }

    @Override
    public void checkpoint() {
        try {
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index in " + dir, e);
        }
    }

    /** Once every article is in: see {@link ArticleIndex#mergeForSearch}. */
    public void mergeForSearch() {
        try {
            index.mergeForSearch();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge the index in " + dir, e);
        }
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index in " + dir, e);
        }
    }
}
