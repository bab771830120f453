package org.marsad.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.marsad.text.ArabicNormalizer;

/**
 * Draws realistic benchmark queries from an index's own articles: words taken from random
 * articles (so frequent words come up as often as readers meet them), adjacent pairs as phrases,
 * and the article's outlet and a fortnight around its date as filters. A seed makes the set
 * reproducible. The ten shapes, in turn: one word (twice), two words, three words, a quoted
 * pair, a word within a date range, two words in one outlet, a word newest first, an outlet's
 * fortnight with no words, and {@code word | word}.
 */
final class QuerySampler {
    static final int SHAPES = 10;
    /** Half the width of a sampled date range: news interest in a story lasts about a week. */
    static final int DATE_RADIUS_DAYS = 7;
    /** Articles to try before giving up on finding one with enough words. */
    private static final int MAX_TRIES = 1000;
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{M}]+|[^\\p{L}\\p{M}]+$");

    private QuerySampler() {
    }

    static List<SearchRequest> sample(Path dir, int count, long seed) throws IOException {
        try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            Random random = new Random(seed);
            Bits live = MultiBits.getLiveDocs(reader);
            StoredFields stored = reader.storedFields();
            List<SearchRequest> queries = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                Document article = pickArticle(reader.maxDoc(), live, stored, random);
                queries.add(shape(i % SHAPES, article, tokens(article.get(ArticleFields.TEXT)), random));
            }
            return queries;
        }
    }

    private static Document pickArticle(int maxDoc, Bits live, StoredFields stored, Random random) throws IOException {
        for (int tries = 0; tries < MAX_TRIES; tries++) {
            int doc = random.nextInt(maxDoc);
            if (live == null || live.get(doc)) {
                Document article = stored.document(doc);
                if (adjacentPairs(tokens(article.get(ArticleFields.TEXT))) > 0) {
                    return article;
                }
            }
        }
        throw new IllegalArgumentException("the index has no article with two adjacent searchable words to sample from");
    }

    private static SearchRequest shape(int shape, Document article, List<String> tokens, Random random) {
        List<String> words = tokens.stream().filter(QuerySampler::isSearchable).toList();
        String one = pick(words, random);
        SearchRequest.Builder request = SearchRequest.builder();
        switch (shape) {
            case 0, 1 -> request.query(one);
            case 2 -> request.query(one + " " + pick(words, random));
            case 3 -> request.query(one + " " + pick(words, random) + " " + pick(words, random));
            case 4 -> request.query(phrase(tokens, random));
            case 5 -> aroundDate(request.query(one), article);
            case 6 -> inOutlet(request.query(one + " " + pick(words, random)), article);
            case 7 -> request.query(one).order(SearchRequest.Order.NEWEST);
            case 8 -> inOutlet(aroundDate(request, article), article);
            default -> request.query(one + " | " + pick(words, random));
        }
        return request.build();
    }

    private static SearchRequest.Builder aroundDate(SearchRequest.Builder request, Document article) {
        String published = article.get(ArticleFields.PUBLISHED);
        if (published != null) {
            LocalDate day = LocalDate.parse(published);
            request.from(day.minusDays(DATE_RADIUS_DAYS)).to(day.plusDays(DATE_RADIUS_DAYS));
        }
        return request;
    }

    private static SearchRequest.Builder inOutlet(SearchRequest.Builder request, Document article) {
        String outlet = article.get(ArticleFields.OUTLET);
        return outlet == null ? request : request.outlets(Set.of(outlet));
    }

    private static String pick(List<String> words, Random random) {
        return words.get(random.nextInt(words.size()));
    }

    /** Two searchable words that stand next to each other in the text, quoted. */
    private static String phrase(List<String> tokens, Random random) {
        int skip = random.nextInt(adjacentPairs(tokens));
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (isSearchable(tokens.get(i)) && isSearchable(tokens.get(i + 1)) && skip-- == 0) {
                return '"' + tokens.get(i) + " " + tokens.get(i + 1) + '"';
            }
        }
        throw new IllegalStateException("counted pairs that are not there");
    }

    private static int adjacentPairs(List<String> tokens) {
        int pairs = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (isSearchable(tokens.get(i)) && isSearchable(tokens.get(i + 1))) {
                pairs++;
            }
        }
        return pairs;
    }

    /** The text's white-space separated tokens, punctuation at their edges trimmed. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        for (String token : (text == null ? "" : text).split("\\s+")) {
            tokens.add(EDGE_PUNCTUATION.matcher(token).replaceAll(""));
        }
        return tokens;
    }

    /** A word a reader might search for: Arabic letters only, three or more, not a stop word. */
    private static boolean isSearchable(String word) {
        String folded = ArabicNormalizer.normalize(word);
        if (folded.length() < 3 || ArabicTextAnalyzer.STOP_WORDS.contains(folded)) {
            return false;
        }
        for (int i = 0; i < folded.length(); i++) {
            if (!ArabicNormalizer.isArabicLetter(folded.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
