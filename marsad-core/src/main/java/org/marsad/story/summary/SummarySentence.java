package org.marsad.story.summary;

import java.util.List;

/** A sentence of a story's summary, with every sentence of the story's articles that says the same. */
public record SummarySentence(String text, List<Sentence> sources) {
}
