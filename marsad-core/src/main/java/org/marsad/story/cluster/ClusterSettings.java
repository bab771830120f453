package org.marsad.story.cluster;

/**
 * How alike an article must be to a story to join it, and how time weighs.
 *
 * @param join       mean cosine an article needs with a story's articles to join it
 * @param merge      mean cosine between two stories' articles for them to be merged through an article both attract
 * @param link       cosine that links two articles of one story when it is checked for a split
 * @param closeDays  days from a story's span within which likeness is not discounted
 * @param windowDays days after which a story takes no more articles; the discount reaches half there
 * @param actors     people and organisations an article must share with a story to join it from
 *                   another day than the story's articles: a developing story is carried by its
 *                   actors, while a daily series (market reports, weather, bulletins) repeats
 *                   its wording with no one in common
 * @param widelyTold outlets after which an article from another day must look back or ahead to
 *                   the story's days even from an outlet new to the story (from an outlet that
 *                   told it already, it always must)
 */
public record ClusterSettings(double join, double merge, double link, int closeDays, int windowDays, int actors,
        int widelyTold) {
    /** Set by reading samples of SaudiNewsNet's clusters and the seed articles (see the project's story evaluation notes). */
    public static final ClusterSettings DEFAULT = new ClusterSettings(0.35, 0.35, 0.3, 7, 90, 3, 4);

    /** 1 within {@link #closeDays}, falling linearly to 0.5 at {@link #windowDays}. */
    double discount(long gap) {
        if (gap <= closeDays) {
            return 1;
        }
        return 1 - 0.5 * Math.min(1, (double) (gap - closeDays) / (windowDays - closeDays));
    }
}
