package org.marsad.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a {@link SearchRequest} into a Lucene query: the words through Lucene's {@link
 * SimpleQueryParser} over the headline, the text, the names and the Latin names, then the filters.
 *
 * <p>Each word becomes a disjunction over the fields ({@code headline^2 text names^1.5 latin^1.5}), and
 * the words are joined with AND: news readers type the few words they want all of, and with
 * AND adding a word narrows the list as they expect. The names field lets a name match whole
 * where the stemmed fields cut it, and scores it a little above a stem match. Only the phrase,
 * AND, OR, NOT, grouping and escape operators are on; prefix, fuzzy and slop operators are off.
 *
 * <p>Filters are FILTER clauses: they narrow without scoring and Lucene caches them. The date
 * range reads points or doc values, whichever is cheaper for the query at hand.
 */
final class ArticleQueryParser {
    static final float HEADLINE_WEIGHT = 2f;
    static final float TEXT_WEIGHT = 1f;
    static final float NAMES_WEIGHT = 1.5f;
    private static final int OPERATORS = SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.AND_OPERATOR
            | SimpleQueryParser.OR_OPERATOR | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR
            | SimpleQueryParser.ESCAPE_OPERATOR;

    private final Analyzer analyzer;
    private final Map<String, Float> weights = new LinkedHashMap<>();

    ArticleQueryParser(Analyzer queryAnalyzer) {
        this.analyzer = queryAnalyzer;
        weights.put(ArticleFields.HEADLINE, HEADLINE_WEIGHT);
        weights.put(ArticleFields.TEXT, TEXT_WEIGHT);
        weights.put(ArticleFields.NAMES, NAMES_WEIGHT);
        weights.put(ArticleFields.LATIN, NAMES_WEIGHT);
    }

    /** The words of the request alone: what ranks and what the highlighter marks. */
    Query words(SearchRequest request) {
        if (request.query().isEmpty()) {
            return new MatchAllDocsQuery();
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights, OPERATORS) {
            @Override
            protected Query newPhraseQuery(String text, int slop) {
                return phrase(this, text, slop);
            }
        };
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(request.query());
    }

    /**
     * A quoted phrase looks in the fields that keep positions: the names field keeps none (a
     * phrase of names is a phrase of the text too), which is what makes indexing it cheap.
     */
    private Query phrase(SimpleQueryParser parser, String text, int slop) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> field : weights.entrySet()) {
            if (ArticleFields.NAMES.equals(field.getKey())) {
                continue;
            }
            Query q = parser.createPhraseQuery(field.getKey(), text, slop);
            if (q != null) {
                any.add(new BoostQuery(q, field.getValue()), BooleanClause.Occur.SHOULD);
            }
        }
        return any.build();
    }

    /** The words with the request's filters. */
    Query withFilters(Query words, SearchRequest request) {
        List<Query> filters = new ArrayList<>();
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            filters.add(new IndexOrDocValuesQuery(
                    LongPoint.newRangeQuery(ArticleFields.PUBLISHED, from, to),
                    NumericDocValuesField.newSlowRangeQuery(ArticleFields.PUBLISHED, from, to)));
        }
        if (!request.outlets().isEmpty()) {
            filters.add(anyKey(ArticleFields.OUTLET, request.outlets()));
        }
        if (!request.agencies().isEmpty()) {
            filters.add(anyKey(ArticleFields.AGENCY, request.agencies()));
        }
        if (request.ids() != null) {
            List<BytesRef> ids = new ArrayList<>(request.ids().size());
            request.ids().forEach(id -> ids.add(new BytesRef(id)));
            filters.add(new TermInSetQuery(ArticleFields.ID, ids));
        }
        if (filters.isEmpty()) {
            return words;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        for (Query filter : filters) {
            query.add(filter, BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    private static Query anyKey(String field, Set<String> values) {
        List<BytesRef> keys = new ArrayList<>(values.size());
        for (String value : values) {
            keys.add(new BytesRef(ArticleFields.key(value)));
        }
        return new TermInSetQuery(field, keys);
    }
}
