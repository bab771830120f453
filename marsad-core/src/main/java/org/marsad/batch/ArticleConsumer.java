package org.marsad.batch;

import org.marsad.doc.Doc;

/**
 * Where analysed articles go: the export, the index. A consumer marked concurrent is called from
 * the worker threads as soon as an article is analysed; the others are called from one thread,
 * in input order, so their output is the same on every run.
 */
public interface ArticleConsumer extends AutoCloseable {
    void consume(Doc doc);

    /** Makes what was consumed so far durable (the index commits); called now and then. */
    default void checkpoint() {
    }

    /** Whether {@link #consume} is thread-safe and order does not matter to it. */
    default boolean concurrent() {
        return false;
    }

    @Override
    default void close() {
    }
}
