package org.marsad.time;

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.marsad.text.SentenceSplitter;

/** Tagger output as one readable line, "text=value | text=value", for assertions on whole sentences. */
final class Shown {
    private static final TimexTagger TAGGER = new TimexTagger();

    private Shown() {
    }

    static String show(String text, LocalDate anchor) {
        return TAGGER.tag(text, new SentenceSplitter().split(text), anchor).stream()
                .map(t -> t.textIn(text) + "=" + t.value()).collect(Collectors.joining(" | "));
    }
}
