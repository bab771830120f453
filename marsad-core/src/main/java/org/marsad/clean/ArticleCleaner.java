package org.marsad.clean;

import org.marsad.text.Words;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.doc.SourceMap;
import org.marsad.clean.RecurringLines.TemplateLines;
import org.marsad.doc.TextSpan;
import org.marsad.ingest.RawArticle;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Lexicon;

/**
 * Selects the article from scraped text and reads its metadata. The method is line-based, as
 * boilerplate removal for news usually is (Kohlschütter et al.'s shallow text features): every
 * line is classified by its own features ({@link Boilerplate}), by its position (section labels
 * above the headline, bylines just below it, the run of short labels at the foot, the lines that
 * frame the article: {@link FrameLines}) and by whether
 * it recurs across the outlet's articles ({@link RecurringLines}, learned by the caller); then the headline and the body
 * lines are joined, each character as it stood in the source.
 *
 * <p>Thread-safe: one cleaner serves all pipeline threads.
 */
public final class ArticleCleaner {
    static final int MAX_HEADLINE_WORDS = 30;
    static final int MAX_BYLINE_LINE_WORDS = 14;
    /** How many lines below the headline a byline line may stand. */
    static final int BYLINE_LINES = 3;
    static final int MAX_SECTION_WORDS = 4;
    /** Feet of articles are runs of labels this short with no closing punctuation. */
    static final int MAX_TAIL_WORDS = 4;
    /** A dateline opening a paragraph ("الرياض - واس:") is no longer than this. */
    static final int MAX_OPENER_WORDS = 14;
    static final int MAX_OPENER_CHARS = 160;

    private final Boilerplate boilerplate = new Boilerplate();
    private final HeadlineMarkers headlineMarkers = new HeadlineMarkers();
    private final Lexicon sectionWords = Lexicon.load("clean/sections.txt");
    private final Lexicon tailMarkers = Lexicon.load("clean/tail-markers.txt");
    private final BylineParser bylines = new BylineParser(BylineVocabulary.standard());
    private final FrameLines frame = new FrameLines(BylineVocabulary.standard(), bylines);

    public CleanedArticle clean(RawArticle raw) {
        return clean(raw, TemplateLines.NONE);
    }

    /**
     * Cleans an article of a corpus, given the lines its outlet's template is known to have
     * (see {@link RecurringLines}).
     */
    public CleanedArticle clean(RawArticle raw, TemplateLines template) {
        String src = raw.text();
        List<Line> lines = Line.of(src);
        int n = lines.size();
        LineKind[] kinds = new LineKind[n];
        Line[] kept = lines.toArray(new Line[0]);
        MetaCollector meta = new MetaCollector();

        markFields(raw, lines, kinds, meta);
        for (int i = 0; i < n; i++) {
            if (kinds[i] == null) {
                kinds[i] = boilerplate.classify(src, lines.get(i));
            }
        }
        int headline = findHeadline(raw, src, lines, kinds, meta);
        if (headline >= 0) {
            kept[headline] = headlineMarkers.strip(src, lines.get(headline));
            meta.headline = kept[headline].textIn(src);
        }
        markRepeats(src, kept, kinds);
        markBylineLines(src, kept, kinds, headline, meta);
        trimOpener(src, kept, kinds, meta);
        markTail(src, kept, kinds, meta);
        for (int i = 0; i < n; i++) {
            if (kinds[i] == LineKind.BODY && template.contains(src, kept[i])) {
                kinds[i] = LineKind.RECURRING;
            }
        }
        trimInline(src, kept, kinds);
        return assemble(raw, src, kept, kinds, headline, meta);
    }

    /** The record's own title and byline fields are what they say they are. */
    private void markFields(RawArticle raw, List<Line> lines, LineKind[] kinds, MetaCollector meta) {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (raw.title() != null && raw.title().contains(line)) {
                kinds[i] = LineKind.HEADLINE;
            } else if (raw.byline() != null && raw.byline().contains(line)) {
                kinds[i] = LineKind.BYLINE;
                meta.add(bylines.parse(raw.text(), line.start(), line.end()));
            }
        }
    }

    private int findHeadline(RawArticle raw, String src, List<Line> lines, LineKind[] kinds, MetaCollector meta) {
        for (int i = 0; i < lines.size(); i++) {
            if (kinds[i] == LineKind.HEADLINE) {
                // a title field of several lines keeps its first; the rest are body
                for (int j = i + 1; j < lines.size() && kinds[j] == LineKind.HEADLINE; j++) {
                    kinds[j] = LineKind.BODY;
                }
                return i;
            }
        }
        if (raw.title() != null) {
            return -1;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (kinds[i] != LineKind.BODY) {
                continue;
            }
            Line line = lines.get(i);
            if (isSectionLabel(src, line) && hasBodyAfter(kinds, i)) {
                kinds[i] = LineKind.SECTION;
                meta.section = meta.section == null ? line.textIn(src) : meta.section;
                continue;
            }
            if (frame.isMasthead(src, line) && hasBodyAfter(kinds, i)) {
                kinds[i] = LineKind.BYLINE;
                meta.outlet = meta.outlet == null ? line.textIn(src) : meta.outlet;
                continue;
            }
            Byline above = frame.bylineAbove(src, line);
            if (above != null && hasBodyAfter(kinds, i)) {
                kinds[i] = LineKind.BYLINE;
                meta.add(above);
                continue;
            }
            if (line.words(src) <= MAX_HEADLINE_WORDS && !opensWithDateline(src, line)) {
                kinds[i] = LineKind.HEADLINE;
                return i;
            }
            return -1; // a long paragraph, or one that opens with its dateline: the text has no headline line
        }
        return -1;
    }

    private boolean isSectionLabel(String src, Line line) {
        int[][] words = Words.of(src, line.start(), line.end());
        if (words.length > MAX_SECTION_WORDS) {
            return false;
        }
        for (int[] w : words) {
            String word = src.substring(w[0], w[1]).replace("|", "").replace("/", "").replace(">", "");
            if (!word.isEmpty() && !sectionWords.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasBodyAfter(LineKind[] kinds, int i) {
        for (int j = i + 1; j < kinds.length; j++) {
            if (kinds[j] == LineKind.BODY) {
                return true;
            }
        }
        return false;
    }

    /** A line said before (a repeated headline, a caption printed twice) is said once. */
    private static void markRepeats(String src, Line[] kept, LineKind[] kinds) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < kept.length; i++) {
            boolean candidate = kinds[i] == LineKind.BODY || kinds[i] == LineKind.CAPTION;
            if (!seen.add(hash(src, kept[i])) && candidate) {
                kinds[i] = LineKind.REPEATED;
            }
        }
    }

    /** A 64-bit hash of a line's characters: repeats are verbatim, and this needs no copy. */
    private static long hash(String src, Line line) {
        long h = 1125899906842597L + line.length();
        for (int i = line.start(); i < line.end(); i++) {
            h = 31 * h + src.charAt(i);
        }
        return h;
    }

    private void markBylineLines(String src, Line[] kept, LineKind[] kinds, int headline, MetaCollector meta) {
        int looked = 0;
        for (int i = headline + 1; i < kept.length && looked < BYLINE_LINES; i++) {
            if (kinds[i] != LineKind.BODY) {
                continue;
            }
            looked++;
            Line line = kept[i];
            if (line.words(src) > MAX_BYLINE_LINE_WORDS) {
                return;
            }
            if (endsStatement(src.charAt(line.end() - 1))) {
                // a byline line has no full stop; "الرياض - واس: نص الخبر." is a paragraph with an opener
                continue;
            }
            Byline b = bylines.parse(src, line.start(), line.end());
            if (b.isPlausible()) {
                kinds[i] = LineKind.BYLINE;
                meta.add(b);
            }
        }
    }

    /**
     * The first body paragraph often opens with the byline: {@code (outlet / agency - date)},
     * {@code الرياض - واس:}, {@code موسكو (رويترز) -}. The opening is cut when it reads as a
     * byline; the paragraph keeps the rest.
     */
    private void trimOpener(String src, Line[] kept, LineKind[] kinds, MetaCollector meta) {
        int first = -1;
        for (int i = 0; i < kept.length; i++) {
            if (kinds[i] == LineKind.BODY) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return;
        }
        Line line = kept[first];
        Opener opener = opener(src, line);
        if (opener != null) {
            Line rest = Line.trimmed(src, opener.end(), line.end());
            if (rest != null && Boilerplate.hasLetter(src, rest.start(), rest.end())) {
                kept[first] = rest;
                meta.add(opener.byline());
            }
        }
    }

    /**
     * Whether the line opens with a dateline or a dated byline ({@code موسكو (رويترز) -}): the first
     * paragraph of wire copy, not a headline; {@code رويترز: ...} alone is a headline's attribution.
     */
    private boolean opensWithDateline(String src, Line line) {
        Opener o = opener(src, line);
        return o != null && (o.byline().dateline() != null || o.byline().date() != null);
    }

    /** A byline opening a paragraph, and where the paragraph's own words start after it. */
    private record Opener(int end, Byline byline) {
    }

    /** The byline that opens the line, or null. */
    private Opener opener(String src, Line line) {
        int limit = Math.min(line.end(), line.start() + MAX_OPENER_CHARS);
        if (src.charAt(line.start()) == '(') {
            int close = src.indexOf(')', line.start());
            if (close > 0 && close < limit) {
                Byline b = bylines.parse(src, line.start(), close + 1);
                if (b.isPlausible()) {
                    return new Opener(close + 1, b);
                }
            }
        }
        Opener best = null;
        for (int p = line.start() + 1; p < limit; p++) {
            if (!isOpenerEnd(src, p)) {
                continue;
            }
            if (Line.countWords(src, line.start(), p) > MAX_OPENER_WORDS) {
                break;
            }
            Byline b = bylines.parse(src, line.start(), p);
            if (b.isPlausible() && (b.dateline() != null || !b.agencies().isEmpty() || b.outlet() != null)) {
                best = new Opener(p + 1, b);
            }
        }
        return best;
    }

    /** A colon, or a dash standing apart, after which a dateline opener ends. */
    private static boolean isOpenerEnd(String src, int p) {
        char c = src.charAt(p);
        if (c == ':') {
            return true;
        }
        if (c == '-' || c == '–' || c == '—') {
            boolean before = BylineSplitter.isSpace(src.charAt(p - 1)) || src.charAt(p - 1) == ')';
            boolean after = p + 1 < src.length() && BylineSplitter.isSpace(src.charAt(p + 1));
            return before && after;
        }
        return false;
    }

    /**
     * The foot of a page: a run of short label lines without closing punctuation, among them the
     * source credit ({@code المصدر : الجزيرة + وكالات}), which is read as a byline.
     */
    private void markTail(String src, Line[] kept, LineKind[] kinds, MetaCollector meta) {
        for (int i = kept.length - 1; i >= 0; i--) {
            if (kinds[i] != LineKind.BODY) {
                continue;
            }
            Line line = kept[i];
            int credit = frame.creditEnd(src, line);
            if (credit > 0) {
                kinds[i] = LineKind.BYLINE;
                meta.add(bylines.parse(src, credit, line.end()));
                continue;
            }
            if (frame.isStaffCredit(src, line)) {
                kinds[i] = LineKind.BYLINE;
                continue;
            }
            if (line.words(src) > MAX_TAIL_WORDS || endsSentence(src.charAt(line.end() - 1))) {
                return;
            }
            kinds[i] = LineKind.TAIL;
        }
    }

    static boolean endsStatement(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '…';
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '"' || c == '”' || c == '»' || c == ')'
                || c == '…';
    }

    private void trimInline(String src, Line[] kept, LineKind[] kinds) {
        int last = -1;
        for (int i = 0; i < kept.length; i++) {
            if (kinds[i] != LineKind.BODY) {
                continue;
            }
            last = i;
            int marker = boilerplate.trailingMarker(src, kept[i]);
            if (marker > 0) {
                kept[i] = kept[i].dropTail(src, marker);
            }
            int encoded = kept[i] == null ? -1 : boilerplate.encodedTokenAt(src, kept[i]);
            if (encoded > kept[i].start()) {
                kept[i] = kept[i].dropTail(src, encoded);
            }
            if (kept[i] == null) {
                kinds[i] = LineKind.END_MARKER;
            }
        }
        if (last >= 0 && kept[last] != null) {
            int footer = tailMarkerAt(src, kept[last]);
            if (footer > kept[last].start()) {
                kept[last] = kept[last].dropTail(src, footer);
            }
        }
    }

    /** Where a footer phrase ("رابط الخبر بصحيفة ...") starts after the last sentence, or -1. */
    private int tailMarkerAt(String src, Line line) {
        for (String marker : tailMarkers.entries()) {
            int at = src.indexOf(marker, line.start());
            if (at > line.start() && at + marker.length() <= line.end()) {
                int k = at - 1;
                while (k > line.start() && BylineSplitter.isSpace(src.charAt(k))) {
                    k--;
                }
                if (endsSentence(src.charAt(k))) {
                    return at;
                }
            }
        }
        return -1;
    }

    private static CleanedArticle assemble(RawArticle raw, String src, Line[] kept, LineKind[] kinds, int headline,
                                           MetaCollector meta) {
        SourceMap.Builder out = new SourceMap.Builder(src);
        TextSpan headlineSpan = null;
        if (headline >= 0) {
            out.appendSource(kept[headline].start(), kept[headline].end());
            headlineSpan = new TextSpan(0, out.length());
        }
        for (int i = 0; i < kept.length; i++) {
            if (kinds[i] != LineKind.BODY || kept[i] == null) {
                continue;
            }
            if (out.length() > 0) {
                out.appendSeparator("\n\n");
            }
            out.appendSource(kept[i].start(), kept[i].end());
        }
        String text = out.text();
        String language = raw.language() != null ? raw.language() : guessLanguage(text);
        return new CleanedArticle(text, out.build(), headlineSpan,
                meta.build(raw.outlet(), raw.published(), raw.downloaded(), raw.url(), language));
    }

    /** Arabic when Arabic letters are most of the letters; otherwise unknown (null). */
    private static String guessLanguage(String text) {
        int arabic = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ArabicNormalizer.isArabicLetter(c)) {
                arabic++;
                letters++;
            } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' || (c > 0x7F && Character.isLetter(c))) {
                letters++;
            }
        }
        if (letters == 0) {
            return null;
        }
        return arabic * 2 >= letters ? "ar" : null;
    }
}
