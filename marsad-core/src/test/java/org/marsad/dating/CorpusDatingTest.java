package org.marsad.dating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.doc.Doc;
import org.marsad.pipeline.Pipeline;
import org.marsad.time.TimexTagger;

class CorpusDatingTest {
    private final Pipeline pipeline = Marsad.pipeline();

    private static Doc analyse(String text, LocalDate published) {
        return PublicationDaterTest.analyse(text, published, null);
    }

    @Test
    void anUndatedArticleTakesTheDayOfTheEventItSharesWithADatedOne() {
        // Monday 6 March 2023: the video meeting; the undated article looks back at it a week later
        Doc dated = analyse("اجتماع وزاري\n\nعقد وزيرا الخارجية المصري والأردني، الاثنين، اجتماعا عبر تقنية الفيديو "
                + "بحثا فيه أزمة المياه في المنطقة.", LocalDate.of(2023, 3, 8));
        Doc undated = analyse("تصريحات أردنية\n\nقال وزير الخارجية الأردني، الأربعاء، إن الاجتماع الذي عقده الأسبوع "
                + "الماضي عبر الفيديو مع نظيره المصري كان مثمرا.", null);
        assertNull(undated.meta().published(), "the text alone does not say which week");

        CorpusDating dating = new CorpusDating(pipeline, new TimexTagger(), 10);
        assertTrue(dating.pass(dated));
        assertFalse(dating.pass(undated));
        List<Doc> released = dating.finish();

        assertEquals(1, released.size());
        Doc redated = released.get(0);
        assertEquals(undated.id(), redated.id());
        assertEquals(LocalDate.of(2023, 3, 15), redated.meta().published());
        assertTrue(redated.meta().publishedInferred());
        assertEquals("2023-03-15", redated.get(TimexTagger.LAYER).get(0).value());
        assertEquals("2023-W10", redated.get(TimexTagger.LAYER).get(1).value());
    }

    @Test
    void anArticleThatSharesNoEventKeepsItsOwnAnswer() {
        Doc dated = analyse("اجتماع وزاري\n\nعقد الوزيران، الاثنين، اجتماعا عبر تقنية الفيديو.",
                LocalDate.of(2023, 3, 8));
        Doc unrelated = analyse("أمطار\n\nهطلت أمطار غزيرة الأربعاء على مدن الساحل.", null);
        CorpusDating dating = new CorpusDating(pipeline, new TimexTagger(), 10);
        dating.pass(dated);
        dating.pass(unrelated);
        Doc released = dating.finish().get(0);
        assertSame(unrelated, released);
        assertNull(released.meta().published());
    }

    @Test
    void articlesBeyondTheHoldLimitPassThrough() {
        CorpusDating dating = new CorpusDating(pipeline, new TimexTagger(), 1);
        assertFalse(dating.pass(analyse("خبر\n\nقال الوزير الأربعاء إن الاجتماع كان مثمرا.", null)));
        assertTrue(dating.pass(analyse("خبر آخر\n\nقال الوزير الخميس إن الزيارة كانت ناجحة.", null)));
        assertEquals(1, dating.finish().size());
    }

    @Test
    void theDeliveryOfAWrittenReplyIsOneEventAcrossArticles() {
        // Thursday 27 January 2022: the reply was handed over the day before, on the Wednesday
        Doc dated = analyse("الرد الأمريكي\n\nوكان السفير الأمريكي قد سلم الرد المكتوب إلى نائب وزير الخارجية "
                + "الروسي يوم أمس الأربعاء.", LocalDate.of(2022, 1, 27));
        Doc other = analyse("أمطار\n\nهطلت أمطار غزيرة الأربعاء على مدن الساحل.", LocalDate.of(2022, 1, 20));
        Doc undated = analyse("الكرملين يدرس الرد\n\nقال المتحدث باسم الكرملين، اليوم الخميس، إن موسكو ستدرس الوثيقة. "
                + "وكانت الولايات المتحدة قد سلمت أمس ردها المكتوب إلى نائب وزير الخارجية الروسي.", null);
        CorpusDating dating = new CorpusDating(pipeline, new TimexTagger(), 10);
        dating.pass(dated);
        dating.pass(other);
        dating.pass(undated);
        Doc released = dating.finish().get(0);
        assertEquals(LocalDate.of(2022, 1, 27), released.meta().published());
        assertTrue(released.meta().publishedInferred());
    }
}
