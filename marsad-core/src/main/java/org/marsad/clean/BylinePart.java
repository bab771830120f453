package org.marsad.clean;

import org.marsad.doc.Span;

/**
 * One piece of a byline between separators, with what it was recognised as.
 *
 * @param before       the separator in front of it ({@code '-'}, {@code '/'}, {@code ':'},
 *                     {@code '('}, {@code 'م'} for the word {@code من}), or 0 at the start
 * @param parenthesised whether it stood inside parentheses
 * @param guessed      whether its kind comes from its position rather than from a word list or a
 *                     date: guesses fill in a byline, they never make a text look like one
 */
public record BylinePart(int start, int end, String value, Kind kind, char before, boolean parenthesised,
                         boolean guessed) implements Span {

    public enum Kind { AGENCY, PLACE, DATE, OUTLET, DESK, PERSON, UNKNOWN }

    BylinePart as(Kind other) {
        return new BylinePart(start, end, value, other, before, parenthesised, false);
    }

    BylinePart guessedAs(Kind other) {
        return new BylinePart(start, end, value, other, before, parenthesised, true);
    }

    int words() {
        return value.isBlank() ? 0 : value.strip().split("\\s+").length;
    }
}
