package org.marsad.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the days and outlets of a story's articles decide which articles from other days may join it. */
class StoryDaysTest {
    private static final List<String> CAST = List.of("e1", "e2", "e3");
    private static final String HEADLINE = "الأرصاد: أجواء حارة على الشرقية والوسطى";

    private static String story(StoryIndex index, String id) {
        return index.placement(id).story();
    }

    @Test
    void sameDaysArticlesOnOneItemShareAStory() {
        StoryIndex index = new StoryIndex();
        index.add(Articles.of("a", "okaz", "2015-07-25", HEADLINE, Articles.BULLETIN));
        index.add(Articles.of("b", "sabq", "2015-07-25", HEADLINE, Articles.NEXT_BULLETIN));
        assertEquals(story(index, "a"), story(index, "b"));
    }

    @Test
    void anotherDaysItemOfASeriesWithNoOneInCommonOpensItsOwnStory() {
        StoryIndex index = new StoryIndex();
        index.add(Articles.of("a", "okaz", "2015-07-25", HEADLINE, Articles.BULLETIN));
        index.add(Articles.of("b", "sabq", "2015-07-26", HEADLINE, Articles.NEXT_BULLETIN));
        assertNotEquals(story(index, "a"), story(index, "b"));
    }

    @Test
    void aReprintOnALaterDayDoesNotOpenTheStoryToThatDaysItems() {
        StoryIndex index = new StoryIndex();
        index.add(Articles.of("a", "okaz", "2015-07-25", HEADLINE, Articles.BULLETIN));
        index.add(Articles.of("reprint", "was", "2015-07-26", HEADLINE, Articles.BULLETIN));
        index.add(Articles.of("next", "sabq", "2015-07-26", HEADLINE, Articles.NEXT_BULLETIN));
        assertEquals("a", index.placement("reprint").duplicateOf());
        assertEquals(story(index, "a"), story(index, "reprint"));
        assertNotEquals(story(index, "a"), story(index, "next"));
    }

    @Test
    void anUndatedArticleJoinsADatedStoryOnlyThroughItsActors() {
        StoryIndex index = new StoryIndex();
        index.add(Articles.of("a", "okaz", "2015-07-25", HEADLINE, Articles.BULLETIN, CAST, List.of()));
        index.add(Articles.of("cast", "alyaum", null, HEADLINE, Articles.NEXT_BULLETIN, CAST, List.of()));
        index.add(Articles.of("nobody", "sabq", null, HEADLINE, Articles.THIRD_BULLETIN));
        assertNotEquals(story(index, "a"), story(index, "nobody"));
        assertEquals(story(index, "a"), story(index, "cast"));
    }

    @Test
    void anArticleFromAnotherDayNamingTheStorysPeopleJoinsIt() {
        StoryIndex index = new StoryIndex();
        index.add(Articles.of("a", "okaz", "2015-07-25", HEADLINE, Articles.BULLETIN, CAST, List.of()));
        index.add(Articles.of("b", "sabq", "2015-07-28", HEADLINE, Articles.NEXT_BULLETIN, CAST, List.of()));
        assertEquals(story(index, "a"), story(index, "b"));
    }

    @Test
    void anOutletsNextArticleFromAnotherDayJoinsOnlyWhenItLooksBackToTheStory() {
        StoryIndex index = new StoryIndex();
        index.add(Articles.of("a", "okaz", "2015-07-25", HEADLINE, Articles.BULLETIN, CAST, List.of()));
        index.add(Articles.of("series", "okaz", "2015-07-28", HEADLINE, Articles.NEXT_BULLETIN, CAST,
                List.of("2015-07-28")));
        index.add(Articles.of("followUp", "okaz", "2015-07-29", HEADLINE, Articles.THIRD_BULLETIN, CAST,
                List.of("2015-07-25")));
        assertNotEquals(story(index, "a"), story(index, "series"), "its own day only: the next item of a series");
        assertEquals(story(index, "a"), story(index, "followUp"), "it names the day the story began");
    }

    /** The first half of one bulletin and the second of another: like both, a copy of neither. */
    private static String mix(String first, String second) {
        return first.substring(0, first.length() / 2) + " " + second.substring(second.length() / 2);
    }

    @Test
    void onceWidelyToldAStoryTakesANewOutletFromAnotherDayOnlyWhenItLooksBack() {
        StoryIndex index = new StoryIndex();
        String a = Articles.BULLETIN;
        String b = Articles.NEXT_BULLETIN;
        String c = Articles.THIRD_BULLETIN;
        List<String> bodies = List.of(a, b, c, mix(a, b));
        List<String> outlets = List.of("okaz", "sabq", "alyaum", "alriyadh");
        for (int i = 0; i < outlets.size(); i++) {
            index.add(Articles.of(outlets.get(i), outlets.get(i), "2015-07-25", HEADLINE, bodies.get(i), CAST, List.of()));
        }
        assertEquals(1, index.stories().size(), "the four outlets' items are one story");
        index.add(Articles.of("series", "almadina", "2015-07-28", HEADLINE, mix(b, c), CAST, List.of()));
        index.add(Articles.of("followUp", "aawsat", "2015-07-29", HEADLINE, mix(c, a), CAST, List.of("2015-07-25")));
        assertNotEquals(story(index, "okaz"), story(index, "series"));
        assertEquals(story(index, "okaz"), story(index, "followUp"));
    }

    @Test
    void aStoryOfUndatedArticlesTakesNoSecondArticleFromOneOutlet() {
        StoryIndex index = new StoryIndex();
        index.add(Articles.of("a", "okaz", null, HEADLINE, Articles.BULLETIN));
        index.add(Articles.of("other", "sabq", null, HEADLINE, Articles.NEXT_BULLETIN));
        index.add(Articles.of("again", "okaz", null, HEADLINE, Articles.THIRD_BULLETIN));
        assertEquals(story(index, "a"), story(index, "other"), "nothing tells them apart but their outlets");
        assertNotEquals(story(index, "a"), story(index, "again"), "an outlet's next item of a series");
    }
}
