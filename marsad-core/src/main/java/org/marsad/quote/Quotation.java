package org.marsad.quote;

import org.marsad.doc.Span;

/**
 * A stretch of text between quotation marks: {@code start} and {@code end} bound what is inside
 * the marks; {@code open} is the offset of the opening mark and {@code close} that of the closing
 * one, or -1 when the quotation never closes (it then runs to the end of its paragraph). Whether it
 * is speech or a quoted name is for {@link QuoteStage} to say.
 */
record Quotation(int open, int start, int end, int close) implements Span {

    boolean closed() {
        return close >= 0;
    }
}
