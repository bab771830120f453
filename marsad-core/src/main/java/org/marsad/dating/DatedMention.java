package org.marsad.dating;

/**
 * A dated mention of something that happened, from an article whose date is known: the days its
 * time expression covers, the content words of its sentence, and how far it can be trusted
 * (1 for an article with a written date, the inference's confidence otherwise).
 */
record DatedMention(String article, DayRange days, String[] context, double weight) {
}
