package org.marsad.story.summary;

/**
 * A sentence that may go into a story's summary: where it is, what it says, and its content
 * words as sorted distinct hashes, to tell when two outlets say the same thing.
 *
 * @param position its place among the article's body sentences, from 0
 */
public record Sentence(String article, String outlet, int start, int end, String text, int[] words, int position) {
}
