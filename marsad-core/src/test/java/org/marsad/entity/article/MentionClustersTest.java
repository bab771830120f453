package org.marsad.entity.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.marsad.entity.EntityType.LOC;
import static org.marsad.entity.EntityType.ORG;
import static org.marsad.entity.EntityType.PER;

import org.junit.jupiter.api.Test;
import org.marsad.entity.Spans;

class MentionClustersTest {
    @Test
    void aSurnameJoinsTheFullNameEvenWhenTheHeadlineGivesItFirst() {
        String text = "بيسكوف: لا مفاوضات. أكد دميتري بيسكوف أن الحوار مستمر. وقال بيسكوف إن موسكو تنتظر.";
        int[] e = MentionClusters.cluster(text, Spans.sorted(Spans.at(text, "بيسكوف", PER, 0),
                Spans.at(text, "دميتري بيسكوف", PER), Spans.at(text, "بيسكوف", PER, 2), Spans.at(text, "موسكو", LOC)));
        assertArrayEquals(new int[] {0, 0, 0, 1}, e);
    }

    @Test
    void spellingsOfOneNameAreOnePerson() {
        String text = "قالت ليز تروس إن لندن مستعدة. وأضافت تراس أن الحوار ممكن.";
        int[] e = MentionClusters.cluster(text, Spans.sorted(Spans.at(text, "ليز تروس", PER), Spans.at(text, "تراس", PER)));
        assertArrayEquals(new int[] {0, 0}, e);
    }

    @Test
    void aSharedSurnameGoesToTheNearestFullNameBeforeIt() {
        String text = "التقى جورج بوش الأب. ثم التقى جورج دبليو بوش. وقال بوش إنه متفائل. وكان لورا بوش حاضرة.";
        int[] e = MentionClusters.cluster(text, Spans.sorted(Spans.at(text, "جورج بوش", PER),
                Spans.at(text, "جورج دبليو بوش", PER), Spans.at(text, "بوش", PER, 2), Spans.at(text, "لورا بوش", PER)));
        assertArrayEquals(new int[] {0, 0, 0, 1}, e, "George and George W. share a first name; Laura does not");
    }

    @Test
    void twoPrincesOfOneFirstNameAndFamilyAreTwoPeople() {
        String text = "استقبل الأمير محمد بن نايف بن عبدالعزيز الوفد، بحضور الأمير محمد بن سلمان بن عبد العزيز.";
        int[] e = MentionClusters.cluster(text, Spans.sorted(Spans.at(text, "محمد بن نايف بن عبدالعزيز", PER),
                Spans.at(text, "محمد بن سلمان بن عبد العزيز", PER)));
        assertArrayEquals(new int[] {0, 1}, e);
    }

    @Test
    void shortAndLongFormsOfAnOrganisation() {
        String text = "اجتماع حلف الناتو في بروكسل. وقال الناتو إن وزارة الخارجية الروسية تلقت الرد. وأكدت الخارجية الروسية ذلك.";
        int[] e = MentionClusters.cluster(text, Spans.sorted(Spans.at(text, "حلف الناتو", ORG), Spans.at(text, "بروكسل", LOC),
                Spans.at(text, "الناتو", ORG, 1), Spans.at(text, "وزارة الخارجية الروسية", ORG),
                Spans.at(text, "الخارجية الروسية", ORG, 1)));
        assertArrayEquals(new int[] {0, 1, 0, 2, 2}, e);
    }

    @Test
    void anAcronymInQuotesAfterTheLongForm() {
        String text = "التوتر بين روسيا وحلف شمال الأطلسي \"الناتو\" بشأن أوكرانيا. وقال الناتو إن الباب مفتوح.";
        int[] e = MentionClusters.cluster(text, Spans.sorted(Spans.at(text, "روسيا", LOC),
                Spans.at(text, "حلف شمال الأطلسي", ORG), Spans.at(text, "الناتو", ORG, 0), Spans.at(text, "الناتو", ORG, 1),
                Spans.at(text, "أوكرانيا", LOC)));
        assertArrayEquals(new int[] {0, 1, 1, 2, 1}, e, "in text order: روسيا، حلف شمال الأطلسي، الناتو، أوكرانيا، الناتو");
    }

    @Test
    void aPlaceInBracketsOrTheFirstOfAListIsNotAShortForm() {
        String text = "احتفالات عروس البحر الأحمر (جدة) بالصيف. ودول الاتحاد الأوروبي (إيطاليا، واليونان) تستقبل المهاجرين.";
        int[] e = MentionClusters.cluster(text, Spans.sorted(Spans.at(text, "البحر الأحمر", LOC), Spans.at(text, "جدة", LOC),
                Spans.at(text, "الاتحاد الأوروبي", ORG), Spans.at(text, "إيطاليا", ORG), Spans.at(text, "اليونان", LOC)));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, e);
    }

    @Test
    void aDirectionNamesAnotherPlace() {
        String text = "زار آسيا الوسطى ثم جنوب آسيا، وقالت كوريا الجنوبية إن كوريا موحدة يوما.";
        int[] e = MentionClusters.cluster(text, Spans.sorted(Spans.at(text, "آسيا الوسطى", LOC), Spans.at(text, "آسيا", LOC, 1),
                Spans.at(text, "كوريا الجنوبية", LOC), Spans.at(text, "كوريا", LOC, 1)));
        assertArrayEquals(new int[] {0, 1, 2, 3}, e);
    }

    @Test
    void aNameInsideADifferentKindOfNameStaysApart() {
        String text = "زار جامعة القاهرة ثم غادر القاهرة إلى بحر الصين الجنوبي قرب الصين.";
        int[] e = MentionClusters.cluster(text, Spans.sorted(Spans.at(text, "جامعة القاهرة", ORG),
                Spans.at(text, "القاهرة", LOC, 1), Spans.at(text, "بحر الصين الجنوبي", LOC), Spans.at(text, "الصين", LOC, 1)));
        assertArrayEquals(new int[] {0, 1, 2, 3}, e);
    }
}
