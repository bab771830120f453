package org.marsad.story;

import java.time.LocalDate;
import java.util.List;
import org.marsad.story.summary.SummarySentence;
import org.marsad.story.timeline.TimelineEntry;

/**
 * A story as readers see it: its title, articles (earliest first), the outlets that carried it,
 * the span of its articles' publication dates, a short summary and its timeline.
 *
 * @param first the earliest publication date of its articles, or null when none is known
 * @param last  the latest
 */
public record StoryView(String id, String title, List<String> articles, List<String> outlets, LocalDate first,
        LocalDate last, List<SummarySentence> summary, List<TimelineEntry> timeline) {

    public int size() {
        return articles.size();
    }
}
