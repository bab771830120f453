package org.marsad.clean;

import java.time.LocalDate;
import java.util.List;

/**
 * What a byline or dateline says: who published it, which agencies it credits, where it was
 * filed, who wrote it and when. Every value is as written in the source.
 */
public record Byline(String outlet, List<String> agencies, String dateline, String author, LocalDate date,
                     List<BylinePart> parts) {

    public boolean isEmpty() {
        return outlet == null && agencies.isEmpty() && dateline == null && author == null && date == null;
    }

    /**
     * Whether the text looks like a byline at all: something in it is recognised as an agency, a
     * place, a date or a known outlet, and nothing long is left unexplained. Used to decide if a
     * line or a paragraph opening is a byline, never for a byline field, which is one by definition.
     */
    public boolean isPlausible() {
        boolean anchored = false;
        for (BylinePart p : parts) {
            switch (p.kind()) {
                case AGENCY, PLACE, DATE, OUTLET -> anchored |= !p.guessed();
                case UNKNOWN -> {
                    if (p.words() > 4) {
                        return false;
                    }
                }
                default -> {
                }
            }
        }
        return anchored;
    }
}
