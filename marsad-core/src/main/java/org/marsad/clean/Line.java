package org.marsad.clean;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.Span;

/** One non-blank line of a source text, trimmed of white space and direction marks. */
record Line(int start, int end) implements Span {

    /** The non-blank lines of {@code text}, in order. */
    static List<Line> of(CharSequence text) {
        List<Line> lines = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int lineEnd = i;
            while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            Line line = trimmed(text, i, lineEnd);
            if (line != null) {
                lines.add(line);
            }
            i = lineEnd + 1;
        }
        return lines;
    }

    static Line trimmed(CharSequence text, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && BylineSplitter.isSpace(text.charAt(a))) {
            a++;
        }
        while (b > a && BylineSplitter.isSpace(text.charAt(b - 1))) {
            b--;
        }
        return b > a ? new Line(a, b) : null;
    }

    Line dropTail(CharSequence text, int newEnd) {
        return trimmed(text, start, newEnd);
    }

    static int countWords(CharSequence text, int from, int to) {
        int words = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean space = BylineSplitter.isSpace(text.charAt(i));
            if (!space && !in) {
                words++;
            }
            in = !space;
        }
        return words;
    }

    int words(CharSequence text) {
        return countWords(text, start, end);
    }
}
