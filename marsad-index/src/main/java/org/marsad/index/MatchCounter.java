package org.marsad.index;

import java.util.function.IntConsumer;

/**
 * Told of every article a search matches while the search ranks them, so that a caller can count
 * what the index does not hold (stories, corpus entities) in the same pass over the matches,
 * without a second query or a look-up per match. Called on the searching thread, segment by
 * segment in index order and each segment's matches in ascending order.
 */
public interface MatchCounter {
    /**
     * A segment begins.
     *
     * @param ids the article id of each of the segment's documents, by document number; the same
     *            array for as long as the segment lives, so a caller may key a cache on it
     * @return what to tell of each matching document of the segment, by its document number
     */
    IntConsumer segment(String[] ids);
}
