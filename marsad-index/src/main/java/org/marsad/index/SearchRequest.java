package org.marsad.index;

import java.time.LocalDate;
import java.util.Set;

/**
 * One search: the words the user typed, filters, and the page wanted. Validated here, at the edge,
 * with one clear message per mistake.
 *
 * <p>The query is words and {@code "quoted phrases"}; every word must match (in the headline, the
 * text, or as a name), {@code |} between words makes either do, {@code -word} excludes, and
 * parentheses group. Nothing else is an operator: {@code *}, {@code ?}, {@code ~} and {@code /}
 * are ordinary characters, which the tokenizer drops, so no query can expand into a wildcard,
 * fuzzy or regular-expression scan. An empty query matches every article the filters let through.
 *
 * @param query   the words, at most {@link #MAX_QUERY_CHARS} characters; never null
 * @param from    earliest publication date, inclusive, or null
 * @param to      latest publication date, inclusive, or null
 * @param outlets the outlets to keep, empty for all
 * @param agencies the agencies to keep (an article with any of them), empty for all
 * @param ids     the only articles to consider, by id, or null for all: how a caller filters on
 *                what the index does not hold (stories, corpus entities)
 * @param offset  hits to skip, for paging
 * @param limit   hits to return, 1 to {@link #MAX_LIMIT}
 * @param order   ranking by relevance, or newest first
 */
public record SearchRequest(
        String query,
        LocalDate from,
        LocalDate to,
        Set<String> outlets,
        Set<String> agencies,
        Set<String> ids,
        int offset,
        int limit,
        Order order) {

    /** Long enough for any real question; short enough that no query is a denial of service. */
    public static final int MAX_QUERY_CHARS = 512;
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
    /** The deepest page: ranking collects offset + limit hits, so paging has a floor. */
    public static final int MAX_WINDOW = 10_000;

    public enum Order { RELEVANCE, NEWEST }

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_CHARS) {
            throw new IllegalArgumentException(
                    "query is " + query.length() + " characters long; the limit is " + MAX_QUERY_CHARS);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range is empty: from " + from + " is after to " + to);
        }
        outlets = outlets == null ? Set.of() : Set.copyOf(outlets);
        agencies = agencies == null ? Set.of() : Set.copyOf(agencies);
        ids = ids == null ? null : Set.copyOf(ids);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit is " + limit + "; it must be 1 to " + MAX_LIMIT);
        }
        if (offset < 0 || offset > MAX_WINDOW - limit) {
            throw new IllegalArgumentException(
                    "offset is " + offset + "; offset + limit must be 0 to " + MAX_WINDOW);
        }
        order = order == null ? Order.RELEVANCE : order;
    }

    /** The first page of hits for {@code query}, by relevance, unfiltered. */
    public static SearchRequest of(String query) {
        return builder().query(query).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().query(query).from(from).to(to).outlets(outlets).agencies(agencies).ids(ids)
                .offset(offset).limit(limit).order(order);
    }

    public static final class Builder {
        private String query = "";
        private LocalDate from;
        private LocalDate to;
        private Set<String> outlets = Set.of();
        private Set<String> agencies = Set.of();
        private Set<String> ids;
        private int offset;
        private int limit = DEFAULT_LIMIT;
        private Order order = Order.RELEVANCE;

        private Builder() {
        }

        public Builder query(String query) {
            this.query = query;
            return this;
        }

        public Builder from(LocalDate from) {
            this.from = from;
            return this;
        }

        public Builder to(LocalDate to) {
            this.to = to;
            return this;
        }

        public Builder outlets(Set<String> outlets) {
            this.outlets = outlets;
            return this;
        }

        public Builder agencies(Set<String> agencies) {
            this.agencies = agencies;
            return this;
        }

        public Builder ids(Set<String> ids) {
            this.ids = ids;
            return this;
        }

        public Builder offset(int offset) {
            this.offset = offset;
            return this;
        }

        public Builder limit(int limit) {
            this.limit = limit;
            return this;
        }

        public Builder order(Order order) {
            this.order = order;
            return this;
        }

        public SearchRequest build() {
            return new SearchRequest(query, from, to, outlets, agencies, ids, offset, limit, order);
        }
    }
}
