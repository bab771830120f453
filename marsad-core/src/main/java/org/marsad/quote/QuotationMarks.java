package org.marsad.quote;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.Words;

/**
 * Finds the quotations of an article, in every style the Arabic press uses: {@code "..."},
 * {@code “...”} (in either orientation, as mirrored pages have it), {@code «...»} and, when both
 * marks are plainly there, {@code '...'}.
 *
 * <p>Scraped text loses and strays marks, so a mark's shape decides what it does: a mark attached
 * to the word before it and detached from what follows ({@code هذه". }) closes and never opens.
 * A quotation still open at the end of its paragraph goes on into the next one when that paragraph
 * opens with a mark of the same style (the convention for quoting several paragraphs) or when a
 * closing mark follows within {@link #MAX_PARAGRAPHS} paragraphs before any new opening one (a
 * quotation split by a wire continuation marker); otherwise it ends, unclosed, with its paragraph.
 */
final class QuotationMarks {
    /** How many paragraphs one quotation may span; wire copy rarely quotes more at a stretch. */
    static final int MAX_PARAGRAPHS = 4;

    private QuotationMarks() {
    }

    static List<Quotation> find(String text) {
        List<Quotation> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isMark(c) || !opens(text, i)) {
                i++;
                continue;
            }
            Quotation q = close(text, i);
            if (q == null) {
                i++;
                continue;
            }
            out.add(q);
            i = q.closed() ? q.close() + 1 : q.end();
        }
        return out;
    }

    static boolean isMark(char c) {
        return c == '"' || c == '«' || c == '»' || c == '“' || c == '”' || c == '„' || c == '\'' || c == '‘'
                || c == '’';
    }

    /** The quotation opened by the mark at {@code open}, or null when it holds nothing. */
    private static Quotation close(String text, int open) {
        char style = style(text.charAt(open));
        int paragraphs = 0;
        int i = open + 1;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                int next = nextParagraph(text, i);
                if (style == '\'' || ++paragraphs >= MAX_PARAGRAPHS || !goesOn(text, next, style)) {
                    return quotation(text, open, i, -1);
                }
                if (opensParagraph(text, next, style)) {
                    i = next + 1; // the repeated opening mark of a quoted paragraph
                    continue;
                }
                i = next;
                continue;
            }
            if (isMark(c) && style(c) == style && closes(text, i, style)) {
                return quotation(text, open, i, i);
            }
            i++;
        }
        return quotation(text, open, n, -1);
    }

    /** Whether an open quotation of {@code style} goes on into the paragraph at {@code from}. */
    private static boolean goesOn(String text, int from, char style) {
        int n = text.length();
        if (from >= n) {
            return false;
        }
        if (opensParagraph(text, from, style)) {
            return true;
        }
        // a closing mark before any opening one: the quotation was only cut by a paragraph break
        int paragraphEnd = text.indexOf('\n', from);
        int end = paragraphEnd < 0 ? n : paragraphEnd;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (isMark(c) && style(c) == style) {
                return !opens(text, i);
            }
        }
        return false;
    }

    /** Whether the paragraph at {@code at} opens with a mark of {@code style}. */
    private static boolean opensParagraph(String text, int at, char style) {
        return at < text.length() && isMark(text.charAt(at)) && style(text.charAt(at)) == style && opens(text, at);
    }

    private static Quotation quotation(String text, int open, int end, int close) {
        int start = open + 1;
        while (start < end && Words.isSpace(text.charAt(start))) {
            start++;
        }
        int e = end;
        while (e > start && Words.isSpace(text.charAt(e - 1))) {
            e--;
        }
        return e > start ? new Quotation(open, start, e, close) : null;
    }

    /** Marks that pair with each other: guillemets, curly double marks, straight double, single. */
    private static char style(char c) {
        return switch (c) {
            case '«', '»' -> '«';
            case '“', '”', '„' -> '“';
            case '\'', '‘', '’' -> '\'';
            default -> '"';
        };
    }

    /** Whether the mark at {@code i} can open a quotation: it is not shaped like a closer. */
    private static boolean opens(String text, int i) {
        char c = text.charAt(i);
        if (c == '»') {
            return false;
        }
        if (c == '«') {
            return true;
        }
        boolean before = attachedBefore(text, i);
        boolean after = attachedAfter(text, i);
        if (style(c) == '\'') {
            return !before && after; // an apostrophe inside a word is not a mark
        }
        return !before || after && !isMark(text.charAt(i + 1));
    }

    private static boolean closes(String text, int i, char style) {
        char c = text.charAt(i);
        if (c == '«') {
            return false;
        }
        if (style == '\'') {
            return attachedBefore(text, i) && !attachedAfter(text, i);
        }
        return true;
    }

    private static boolean attachedBefore(String text, int i) {
        return i > 0 && !Words.isSpace(text.charAt(i - 1)) && !isOpeningPunct(text.charAt(i - 1));
    }

    private static boolean attachedAfter(String text, int i) {
        return i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean isOpeningPunct(char c) {
        return c == '(' || c == '[' || c == ':' || c == '،' || c == ',';
    }

    /** The first character of the paragraph after the line break at {@code i}. */
    private static int nextParagraph(String text, int i) {
        int n = text.length();
        while (i < n && Words.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
