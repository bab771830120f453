package org.marsad.index;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.marsad.text.ArabicNormalizer;

/**
 * The index schema: field names, the analyzer of each field on either side, and the key form of
 * the filter fields. One place, so the writer, the searcher and the fingerprint cannot disagree.
 *
 * <ul>
 *   <li>{@link #ID}: the article id, indexed whole; the update key.</li>
 *   <li>{@link #HEADLINE}, {@link #TEXT}: stemmed text ({@link ArabicTextAnalyzer}), stored;
 *       the text's postings carry offsets for the highlighter.</li>
 *   <li>{@link #NAMES}: the text again, unstemmed ({@link ArabicNameAnalyzer}), not stored; its
 *       offsets point into {@link #TEXT}, which is the same string, so its matches highlight there.</li>
 *   <li>{@link #LATIN}: likely Latin spellings of the persons' names ({@link LatinNameStream}),
 *       not stored, offsets into {@link #TEXT} like the names field's.</li>
 *   <li>{@link #OUTLET}, {@link #AGENCY}: filter keys ({@link #key}), the written form stored.</li>
 *   <li>{@link #PUBLISHED}: epoch day as a point and a doc value, {@code YYYY-MM-DD} stored.</li>
 *   <li>{@link #SOURCE}, {@link #DATELINE}, {@link #BYLINE}, {@link #SECTION}, {@link #URL},
 *       {@link #LANGUAGE}, {@link #PUBLISHED_INFERRED}: stored only.</li>
 * </ul>
 */
public final class ArticleFields {
    public static final String ID = "id";
    public static final String SOURCE = "source";
    public static final String HEADLINE = "headline";
    public static final String TEXT = "text";
    public static final String NAMES = "names";
    public static final String LATIN = "latin";
    public static final String OUTLET = "outlet";
    public static final String AGENCY = "agency";
    public static final String DATELINE = "dateline";
    public static final String BYLINE = "byline";
    public static final String SECTION = "section";
    public static final String URL = "url";
    public static final String LANGUAGE = "language";
    public static final String PUBLISHED = "published";
    public static final String PUBLISHED_INFERRED = "published_inferred";

    private ArticleFields() {
    }

    static Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(new ArabicTextAnalyzer(),
                Map.of(NAMES, ArabicNameAnalyzer.forIndexing(), LATIN, new LatinNameAnalyzer()));
    }

    static Analyzer queryAnalyzer() {
        return new PerFieldAnalyzerWrapper(new ArabicTextAnalyzer(),
                Map.of(NAMES, ArabicNameAnalyzer.forQuerying(), LATIN, new LatinNameAnalyzer()));
    }

    /**
     * The form an outlet or agency is indexed and filtered under: trimmed, inner white space
     * collapsed, folded and lower-cased, so {@code أ ف ب}, {@code ا ف ب} and {@code  ا  ف ب } are
     * one agency and {@code Reuters} is {@code reuters}.
     */
    public static String key(String value) {
        return ArabicNormalizer.normalize(value.strip().replaceAll("\\s+", " ")).toLowerCase(Locale.ROOT);
    }
}
