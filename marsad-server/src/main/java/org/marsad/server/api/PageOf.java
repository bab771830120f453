package org.marsad.server.api;

import java.util.List;

/** One page of a list: the items from {@code offset}, at most {@code limit}, of {@code total}. */
public record PageOf<T>(long total, int offset, int limit, List<T> items) {
    /** The page of an already ordered list. */
    public static <T> PageOf<T> of(List<T> all, Paging paging) {
        int from = Math.min(paging.offset(), all.size());
        int to = Math.min(all.size(), from + paging.limit());
        return new PageOf<>(all.size(), paging.offset(), paging.limit(), List.copyOf(all.subList(from, to)));
    }
}
