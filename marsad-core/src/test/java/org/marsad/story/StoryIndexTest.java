package org.marsad.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryIndexTest {
    @Test
    void aCopyNamesTheEarliestPublishedCopyEvenWhenItArrivesLater() {
        StoryIndex index = new StoryIndex();
        index.add(Articles.of("late", "okaz", "2015-08-02", "الوزير يبحث العلاقات مع فرنسا", Articles.WIRE));
        Placement early = index.add(Articles.of("early", "was", "2015-08-01", "وزير الخارجية يلتقي نظيره", Articles.WIRE));
        assertNull(early.duplicateOf(), "the earliest is the original, whenever it arrives");
        assertNull(index.placement("early").duplicateOf());
        assertEquals("early", index.placement("late").duplicateOf());
        assertEquals(index.placement("early").story(), index.placement("late").story());
    }

    @Test
    void unrelatedArticlesAreDifferentStoriesAndTheStoryListsItsOutlets() {
        StoryIndex index = new StoryIndex();
        index.add(Articles.of("a", "was", "2015-08-01", "وزير الخارجية يلتقي نظيره الفرنسي", Articles.WIRE));
        index.add(Articles.of("b", "okaz", "2015-08-01", "الهلال يفوز على النصر", Articles.OTHER));
        index.add(Articles.of("c", "alriyadh", "2015-08-02", "مباحثات سعودية فرنسية في الرياض", Articles.WIRE));
        assertNotEquals(index.placement("a").story(), index.placement("b").story());
        List<StoryView> stories = index.stories();
        assertEquals(2, stories.size());
        StoryView first = stories.get(0);
        assertEquals(List.of("a", "c"), first.articles());
        assertEquals(List.of("was", "alriyadh"), first.outlets());
        assertEquals("s-a", first.id(), "named after its first article");
        assertTrue(first.title() != null && !first.title().isBlank());
        assertEquals("2015-08-01", first.first().toString());
        assertEquals("2015-08-02", first.last().toString());
    }

    @Test
    void anIdNeverAddedHasNoPlacement() {
        assertNull(new StoryIndex().placement("nothing"));
    }
}
