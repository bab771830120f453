package org.marsad.server.corpus;

/** One value of a facet and how many matching articles have it; {@code label} is what a reader sees. */
public record Facet(String value, String label, int count) {
}
