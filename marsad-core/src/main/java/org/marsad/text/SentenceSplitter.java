package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Layer;
import org.marsad.doc.TextSpan;

/**
 * Splits a cleaned article into sentences with a rule-based, single-pass scanner (the approach
 * of the rule-based splitters in Stanford CoreNLP and spaCy's sentencizer, with the full-stop
 * decision delegated to {@link FullStopRule}). Linear in the text: each character is classified
 * once, and the look-around at a stop is bounded.
 *
 * <ul>
 *   <li>A sentence never crosses a line break: the headline and each paragraph line are split
 *       separately, and a headline with no final stop is still a sentence.</li>
 *   <li>Enders are {@code . ! ? ؟ …} and runs of them ({@code ?!}, {@code ...}); the closing
 *       quotation marks and brackets right after an ender belong to the sentence it ends.
 *       {@code ؛} is a semicolon, and the Urdu full stop {@code ۔} (seen inside source credits)
 *       is not taken as an ender.</li>
 *   <li>{@code ! ? ؟} end the sentence unless a comma, semicolon or colon follows.</li>
 *   <li>An ellipsis ({@code ..}, {@code ...}, {@code …}) ends it only when white space or the line
 *       end follows ({@code القديم..هو} does not), and not at the start of a line.</li>
 *   <li>Inside an open quotation nothing ends the sentence, unless the quotation closes right
 *       after the ender ({@code ... النهاية." وأضاف}): then the sentence ends after the mark.
 *       Quotations are tracked per line by {@link QuoteState}.</li>
 *   <li>A sentence longer than {@value #MAX_SENTENCE_CHARS} characters is cut at its last white
 *       space (or hard, when there is none in the second half), so a megabyte without stops
 *       still gives downstream stages pieces of bounded size.</li>
 * </ul>
 * Spans are trimmed of white space and invisible marks; empty ones are dropped.
 */
public final class SentenceSplitter {
    public static final Layer<TextSpan> LAYER = Layer.of("sentences", TextSpan.class);

    /** Longest sentence handed downstream; real news sentences stay well under it. */
    static final int MAX_SENTENCE_CHARS = 2000;

    private final FullStopRule fullStops;

    public SentenceSplitter() {
        this(FullStopRule.standard());
    }

    SentenceSplitter(FullStopRule fullStops) {
        this.fullStops = fullStops;
    }

    public List<TextSpan> split(CharSequence text) {
        List<TextSpan> out = new ArrayList<>();
        QuoteState quotes = new QuoteState();
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (CharKind.of(text.charAt(i)) == CharKind.LINE) {
                splitLine(text, lineStart, i, quotes, out);
                lineStart = i + 1;
            }
        }
        splitLine(text, lineStart, n, quotes, out);
        return out;
    }

    private void splitLine(CharSequence text, int ls, int le, QuoteState quotes, List<TextSpan> out) {
        quotes.reset();
        int s = ls;
        int words = 0;
        boolean inWord = false;
        int lastSpace = -1;
        int i = ls;
        while (i < le) {
            char c = text.charAt(i);
            byte kind = CharKind.of(c);
            if (CharKind.isWordPart(kind)) {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
                i++;
            } else {
                inWord = false;
                if (isEnder(c)) {
                    boolean quoted = quotes.inQuote();
                    int after = endOfStop(text, ls, i, le, quotes);
                    if (words > 0 && ends(text, ls, le, i, after, quoted, quotes.inQuote(), words)) {
                        emit(text, s, after, out);
                        s = after;
                        words = 0;
                    }
                    i = after;
                } else {
                    if (kind == CharKind.SPACE) {
                        lastSpace = i;
                    } else if (QuoteState.isQuote(c)) {
                        quotes.see(text, i, ls, le);
                    }
                    i++;
                }
            }
            while (i - s > MAX_SENTENCE_CHARS) {
                int cut = lastSpace > s + MAX_SENTENCE_CHARS / 2 ? lastSpace : s + MAX_SENTENCE_CHARS;
                if (Character.isLowSurrogate(text.charAt(cut)) && Character.isHighSurrogate(text.charAt(cut - 1))) {
                    cut--;
                }
                emit(text, s, cut, out);
                s = cut;
                words = FullStopRule.MIN_SENTENCE_WORDS;
            }
        }
        emit(text, s, le, out);
    }

    /** Past the run of enders at {@code i} and the closing marks and further enders after it. */
    private static int endOfStop(CharSequence text, int ls, int i, int le, QuoteState quotes) {
        int k = i;
        while (k < le) {
            char c = text.charAt(k);
            if (isEnder(c) || c == ')' || c == ']' || c == '}') {
                k++;
            } else if (QuoteState.isQuote(c) && quotes.closesAfterEnder(text, k, ls, le)) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    /**
     * Whether the stop {@code [i, after)} ends the sentence; {@code quoted} says whether a
     * quotation was open before it, {@code stillQuoted} whether one is open after its marks.
     */
    private boolean ends(CharSequence text, int ls, int le, int i, int after, boolean quoted, boolean stillQuoted,
            int words) {
        boolean spaceAfter = after == le || CharKind.isBlank(CharKind.of(text.charAt(after)));
        if (quoted) {
            return !stillQuoted && spaceAfter && !continuesAfter(text, after, le);
        }
        int dots = 0;
        boolean strong = false;
        boolean ellipsis = false;
        for (int k = i; k < after; k++) {
            char c = text.charAt(k);
            if (c == '.') {
                dots++;
            } else if (c == '…') {
                ellipsis = true;
            } else if (c == '!' || c == '?' || c == '؟') {
                strong = true;
            }
        }
        if (strong) {
            return !continuesAfter(text, after, le);
        }
        if (ellipsis || dots > 1) {
            return spaceAfter && !continuesAfter(text, after, le);
        }
        return fullStops.ends(text, ls, le, i, after, words);
    }

    private static boolean continuesAfter(CharSequence text, int after, int le) {
        int m = after;
        while (m < le && CharKind.isBlank(CharKind.of(text.charAt(m)))) {
            m++;
        }
        if (m == le) {
            return false;
        }
        char c = text.charAt(m);
        return c == '،' || c == ',' || c == '؛' || c == ';' || c == ':';
    }

    static boolean isEnder(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '…';
    }

    private static void emit(CharSequence text, int start, int end, List<TextSpan> out) {
        while (start < end && isTrimmed(text.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new TextSpan(start, end));
        }
    }

    private static boolean isTrimmed(char c) {
        byte kind = CharKind.of(c);
        return CharKind.isBlank(kind) || kind == CharKind.JOINER || kind == CharKind.LINE;
    }
}
