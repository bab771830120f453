package org.marsad.clean;

/** What a line of scraped article text turned out to be. Only {@link #BODY} lines are kept. */
enum LineKind {
    BODY,
    HEADLINE,
    SECTION,
    BYLINE,
    WIDGET,
    CAPTION,
    END_MARKER,
    TIMESTAMP,
    COPYRIGHT,
    ENCODED,
    NO_LETTERS,
    REPEATED,
    RECURRING,
    TAIL
}
