package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.doc.Doc;
import org.marsad.doc.Provenance;
import org.marsad.entity.article.ArticleEntity;
import org.marsad.entity.article.ArticleEntityStage;
import org.marsad.ingest.RawArticle;

class EventStageTest {
    /** A Wednesday: الخميس is 2022-01-06, الاثنين 2022-01-10, أمس 2022-01-11. */
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 1, 12);

    private static Doc analyse(String body) {
        return Marsad.pipeline(PUBLISHED).analyze(RawArticle.ofText(Provenance.ofFile("test.txt"), "خبر\n\n" + body));
    }

    private static List<Event> events(String body) {
        return analyse(body).get(EventStage.LAYER);
    }

    private static Event only(Doc doc) {
        List<Event> events = doc.get(EventStage.LAYER);
        assertEquals(1, events.size(), () -> describe(doc));
        return events.get(0);
    }

    /** Every written form of each participant, so a test can ask for a name however it was tagged. */
    private static List<String> participants(Doc doc, Event e) {
        Map<Integer, ArticleEntity> byIndex = doc.get(ArticleEntityStage.ENTITIES).stream()
                .collect(Collectors.toMap(ArticleEntity::index, x -> x));
        List<String> names = new ArrayList<>();
        for (int p : e.participants()) {
            names.add(String.join("|", byIndex.get(p).forms()));
        }
        return names;
    }

    private static String place(Doc doc, Event e) {
        return doc.get(ArticleEntityStage.ENTITIES).stream().filter(x -> x.index() == e.place())
                .map(ArticleEntity::name).findFirst().orElse(null);
    }

    private static boolean takesPart(Doc doc, Event e, String name) {
        return participants(doc, e).stream().anyMatch(forms -> forms.contains(name));
    }

    private static String describe(Doc doc) {
        return doc.get(EventStage.LAYER).stream()
                .map(e -> e.type() + " «" + doc.textOf(e) + "» " + e.date() + " " + participants(doc, e))
                .collect(Collectors.joining("; "));
    }

    @Test
    void eachKindOfTriggerNamesItsEventType() {
        assertEquals(EventType.MEETING, only(analyse("عقد مجلس الوزراء اجتماعا طارئا في الرياض.")).type());
        assertEquals(EventType.VISIT, only(analyse("زار الرئيس الفرنسي إيمانويل ماكرون العاصمة اللبنانية بيروت.")).type());
        assertEquals(EventType.MILITARY, only(analyse("شنت الطائرات الحربية غارات على مواقع في مدينة حلب.")).type());
        assertEquals(EventType.SANCTION, only(analyse("فرضت وزارة الخزانة الأمريكية عقوبات على شركات إيرانية.")).type());
        assertEquals(EventType.AGREEMENT, only(analyse("وقعت السعودية وفرنسا اتفاقية للتعاون في مجال الطاقة.")).type());
        assertEquals(EventType.CALL, only(analyse("تلقى ولي العهد اتصالا هاتفيا من رئيس الوزراء البريطاني بوريس جونسون.")).type());
    }

    @Test
    void talksByPhoneOrVideoAreOneCallNotAMeeting() {
        Event video = only(analyse("عقد وزيرا الخارجية المصري سامح شكري والأردني أيمن الصفدي، الاثنين، "
                + "محادثات مطولة عبر تقنية الفيديو."));
        assertEquals(EventType.CALL, video.type());
        Event phone = only(analyse("وأكد الطرفان خلال المحادثات الهاتفية أهمية التنسيق."));
        assertEquals(EventType.CALL, phone.type());
        assertEquals("المحادثات الهاتفية", analyse("وأكد الطرفان خلال المحادثات الهاتفية أهمية التنسيق.")
                .textOf(phone));
    }

    @Test
    void talksWithoutACallWordAreAMeeting() {
        assertEquals(EventType.MEETING, only(analyse("أجرى وفدا البلدين محادثات في العاصمة القطرية الدوحة.")).type());
    }

    @Test
    void severalTriggersOfOneEventInOneSentenceMakeOneEvent() {
        Doc doc = analyse("ويعقد اليوم اجتماع لمجلس الأمن الدولي في نيويورك، ويشارك في الجلسة وزراء خارجية "
                + "الدول الأعضاء، في أول اجتماع للمجلس منذ عام.");
        Event meeting = only(doc);
        assertEquals(EventType.MEETING, meeting.type());
        assertEquals("2022-01-12", meeting.date());
    }

    @Test
    void thePartiesAfterBetweenTakePart() {
        Doc doc = analyse("أجرى الاتصال الهاتفي الذي جرى الثلاثاء بين الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني "
                + "أولاف شولتس.");
        Event call = only(doc);
        assertTrue(takesPart(doc, call, "ماكرون"), participants(doc, call)::toString);
        assertTrue(takesPart(doc, call, "أولاف شولتس"), participants(doc, call)::toString);
    }

    @Test
    void thePartnerAfterWithAndTheSubjectTakePart() {
        Doc doc = analyse("التقى الرئيس التركي رجب طيب أردوغان مع رئيس الوزراء العراقي مصطفى الكاظمي.");
        Event meeting = only(doc);
        assertTrue(takesPart(doc, meeting, "رجب طيب أردوغان"), participants(doc, meeting)::toString);
        assertTrue(takesPart(doc, meeting, "مصطفى الكاظمي"), participants(doc, meeting)::toString);
    }

    @Test
    void countriesThatHoldTalksTakePart() {
        Doc doc = analyse("وكانت الصين والهند عقدتا مشاورات في فيينا.");
        Event talks = only(doc);
        assertTrue(takesPart(doc, talks, "الصين"), participants(doc, talks)::toString);
        assertTrue(takesPart(doc, talks, "الهند"), participants(doc, talks)::toString);
        assertEquals("فيينا", place(doc, talks));
    }

    @Test
    void aPlaceAfterFiIsWhereItHappens() {
        Doc doc = analyse("وتعقد محادثات بين الطرفين في جنيف الأسبوع المقبل.");
        assertEquals("جنيف", place(doc, only(doc)));
        Doc city = analyse("شنت الطائرات الحربية غارات على مواقع في مدينة حلب.");
        assertEquals("حلب", place(city, only(city)));
    }

    @Test
    void aPlaceInsideAPersonsRoleIsNotWhereItHappens() {
        Doc doc = analyse("عقد سفير الولايات المتحدة في موسكو جون سوليفان اجتماعا مع نائب وزير الخارجية الروسي "
                + "سيرغي ريابكوف.");
        assertFalse(only(doc).hasPlace(), () -> place(doc, only(doc)));
    }

    @Test
    void theDateTiedToTheTriggerWinsOverTheDateOfTheSaying() {
        Event meeting = only(analyse("قال المتحدث باسم الخارجية، الأحد، إن الاجتماع الذي عقد الخميس بين الوزيرين "
                + "كان مثمرا."));
        assertEquals("2022-01-06", meeting.date());
    }

    @Test
    void eachDateOfASentenceDatesTheNearestEventBeforeIt() {
        List<Event> events = events("وبدأت التدريبات العسكرية أمس، فيما تنطلق المفاوضات في بروكسل يوم 20 يناير.");
        assertEquals(2, events.size(), events::toString);
        assertEquals(EventType.MILITARY, events.get(0).type());
        assertEquals("2022-01-11", events.get(0).date());
        assertEquals(EventType.MEETING, events.get(1).type());
        assertEquals("2022-01-20", events.get(1).date());
    }

    @Test
    void anEventWithNoTiedDateTakesTheSentencesDate() {
        Event talks = only(analyse("والأسبوع الماضي، أجرى الرئيسان الأمريكي جو بايدن والصيني شي جين بينغ محادثات "
                + "مطولة عبر تقنية الفيديو."));
        assertEquals("2022-W01", talks.date());
    }

    @Test
    void aTimeIsADate() {
        Event call = only(analyse("وتجري المكالمة المرتقبة في (18:00 بتوقيت جرينتش)."));
        assertEquals("2022-01-12T18:00Z", call.date());
    }

    @Test
    void announcedAndFutureEventsArePlanned() {
        assertEquals(EventStatus.PLANNED, only(analyse("ستلتقي وزيرة الخارجية الألمانية أنالينا بيربوك نظيرها "
                + "الصيني في بكين.")).status());
        assertEquals(EventStatus.PLANNED, only(analyse("قبيل القمة المرتقبة بين الزعيمين.")).status());
        assertEquals(EventStatus.PLANNED, only(analyse("وتعقد محادثات بين الطرفين في جنيف يوم 20 يناير.")).status());
    }

    @Test
    void reportedEventsHappened() {
        assertEquals(EventStatus.HAPPENED, only(analyse("عقد مجلس الوزراء اجتماعا طارئا في الرياض أمس.")).status());
    }

    @Test
    void threatenedAndConditionalEventsArePossible() {
        assertEquals(EventStatus.POSSIBLE, only(analyse("حذر الاتحاد الأوروبي من مغبة فرض عقوبات على الشركات.")).status());
        assertEquals(EventStatus.POSSIBLE, only(analyse("وستواجه الحكومة عقوبات اقتصادية قاسية في حال رفضها "
                + "المقترح.")).status());
    }

    @Test
    void generalWordsAreNoEvents() {
        assertEquals(List.of(), events("وتسعى الحكومة إلى تسوية خلافاتها مع المعارضة من خلال الحوار."));
        assertEquals(List.of(), events("وأكد على أهمية تعزيز نقاط الاتصال بين المؤسسات."));
        assertEquals(List.of(), events("واختتم الفريق تدريباته في الملعب استعدادا للمباراة."));
        assertEquals(List.of(), events("وقال إن المفاوضات هي الطريق الوحيد لحل الأزمة."));
    }

    @Test
    void aPressConferenceIsNoMeeting() {
        assertEquals(List.of(), events("وقال الوزير في مؤتمر صحفي عقده أمس إن الوضع مستقر."));
    }

    @Test
    void anEventSaidNotToHappenIsLeftOut() {
        assertEquals(List.of(), events("لم يتوصل الطرفان إلى اتفاق بشأن الحدود."));
    }

    @Test
    void aLaterMentionOfTheEventTakesItsParties() {
        Doc doc = analyse("أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالا هاتفيا مع المستشار الألماني أولاف شولتس.\n\n"
                + "وتناول الاتصال الهاتفي الأزمة في أوكرانيا.");
        List<Event> calls = doc.get(EventStage.LAYER);
        assertEquals(2, calls.size(), () -> describe(doc));
        assertEquals(calls.get(0).participants(), calls.get(1).participants());
    }

    @Test
    void anEventMayBeBuiltFromOutsideTheStage() {
        Event statement = new Event(EventType.STATEMENT, 10, 14, 0, 40, "2022-01-12", List.of(3), Event.NO_PLACE,
                EventStatus.HAPPENED);
        assertEquals(List.of(3), statement.participants());
        assertFalse(statement.hasPlace());
    }

    @Test
    void countriesNamedByAdjectivesAfterTheTriggerTakePart() {
        Doc doc = analyse("وانتهت في جنيف أمس المحادثات الروسية الأمريكية دون اتفاق، بحسب ما أعلنت روسيا "
                + "والولايات المتحدة في بيانين منفصلين.");
        Event talks = doc.get(EventStage.LAYER).stream().filter(e -> doc.textOf(e).equals("المحادثات")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(doc)));
        assertTrue(takesPart(doc, talks, "روسيا"), describe(doc));
        assertTrue(takesPart(doc, talks, "الولايات المتحدة"), describe(doc));
    }

    @Test
    void anAdjectiveOfACountryTheArticleDoesNotNameAddsNoOne() {
        Doc doc = analyse("وانتهت في جنيف أمس المحادثات الروسية الأمريكية دون اتفاق.");
        Event talks = doc.get(EventStage.LAYER).stream().filter(e -> doc.textOf(e).equals("المحادثات")).findFirst()
                .orElseThrow(() -> new AssertionError(describe(doc)));
        assertTrue(talks.participants().isEmpty(), describe(doc));
    }

    @Test
    void namesRolesAndDatesDoNotUseUpTheReachAfterAVerb() {
        Doc doc = analyse("التقى وزير الخارجية الروسي سيرغي لافروف، اليوم الأربعاء، نظيره الأمريكي أنتوني بلينكن في جنيف.");
        Event e = only(doc);
        assertTrue(takesPart(doc, e, "سيرغي لافروف"), describe(doc));
        assertTrue(takesPart(doc, e, "أنتوني بلينكن"), describe(doc));
    }

    @Test
    void aPrepositionInsideANameDoesNotEndTheSubject() {
        Doc doc = analyse("عقدت منظمة الأمن والتعاون في أوروبا اليوم الأربعاء اجتماعا في فيينا.");
        Event e = only(doc);
        assertTrue(takesPart(doc, e, "منظمة الأمن والتعاون في أوروبا"), describe(doc));
        assertEquals("فيينا", place(doc, e));
    }

    @Test
    void sendingWarshipsOrJetsIsAMilitaryMove() {
        assertEquals(EventType.MILITARY, only(analyse("وقالت الدنمارك إنها سترسل فرقاطة إلى بحر البلطيق.")).type());
        assertEquals(EventType.MILITARY, only(analyse("وبدأ الحلف يوم الاثنين إرسال مقاتلات إلى ليتوانيا.")).type());
        assertTrue(events("أرسلت الشركة رسالة إلى عملائها.").isEmpty());
    }

    @Test
    void aDiscussionHeldOnACallIsTheCall() {
        Doc doc = analyse("وكان وزير الخارجية قد بحث أمس مع نظيره الروسي سيرغي لافروف في اتصال هاتفي مستجدات الأوضاع.");
        Event e = only(doc);
        assertEquals(EventType.CALL, e.type());
        assertEquals("2022-01-11", e.date());
        assertTrue(takesPart(doc, e, "سيرغي لافروف"), describe(doc));
    }

    @Test
    void withdrawingTroopsIsAMilitaryMove() {
        assertEquals(EventType.MILITARY, only(analyse("وبدأت روسيا اليوم سحب بعض قواتها من المناطق الحدودية.")).type());
        assertTrue(events("وأعلن البنك سحب الورقة النقدية من التداول.").isEmpty());
    }
}
