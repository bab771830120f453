package org.marsad.story;

/**
 * Where an article went: its story, and the article it is a copy of (the earliest of its copies),
 * or null when it is an original.
 */
public record Placement(String story, String duplicateOf) {
}
