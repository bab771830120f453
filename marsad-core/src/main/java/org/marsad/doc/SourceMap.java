package org.marsad.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps offsets in a cleaned text back to the source text it was cut from. The cleaned text is a
 * sequence of pieces of the source joined by separators; each piece is recorded as a segment.
 */
public final class SourceMap {
    private final int[] textStarts;
    private final int[] sourceStarts;
    private final int[] lengths;

    private SourceMap(int[] textStarts, int[] sourceStarts, int[] lengths) {
        this.textStarts = textStarts;
        this.sourceStarts = sourceStarts;
        this.lengths = lengths;
    }

    /** The identity map, for a text that is its own source. */
    public static SourceMap identity(int length) {
        return new SourceMap(new int[] {0}, new int[] {0}, new int[] {length});
    }

    /**
     * The source offset of a text offset, or -1 when the offset falls on a separator the
     * cleaner inserted (the blank line between paragraphs).
     */
    public int toSource(int textOffset) {
        int lo = 0;
        int hi = textStarts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (textStarts[mid] <= textOffset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (hi < 0) {
            return -1;
        }
        int delta = textOffset - textStarts[hi];
        return delta <= lengths[hi] ? sourceStarts[hi] + delta : -1;
    }

    public int segmentCount() {
        return textStarts.length;
    }

    /** Builds a cleaned text and its map at once, so the two cannot disagree. */
    public static final class Builder {
        private final CharSequence source;
        private final StringBuilder text = new StringBuilder();
        private final List<int[]> segments = new ArrayList<>();

        public Builder(CharSequence source) {
            this.source = source;
        }

        /** Appends the source range {@code [start, end)} verbatim. */
        public Builder appendSource(int start, int end) {
            if (end > start) {
                segments.add(new int[] {text.length(), start, end - start});
                text.append(source, start, end);
            }
            return this;
        }

        /** Appends a separator that has no counterpart in the source. */
        public Builder appendSeparator(String separator) {
            text.append(separator);
            return this;
        }

        public int length() {
            return text.length();
        }

        public String text() {
            return text.toString();
        }

        public SourceMap build() {
            int n = segments.size();
            int[] t = new int[n];
            int[] s = new int[n];
            int[] l = new int[n];
            for (int i = 0; i < n; i++) {
                int[] seg = segments.get(i);
                t[i] = seg[0];
                s[i] = seg[1];
                l[i] = seg[2];
            }
            return n == 0 ? identity(0) : new SourceMap(t, s, l);
        }
    }
}
