package org.marsad.entity.role;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marsad.entity.EntityType.LOC;
import static org.marsad.entity.EntityType.ORG;
import static org.marsad.entity.EntityType.PER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.entity.EntityMention;
import org.marsad.entity.Spans;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

class RoleFinderTest {
    private static List<String> roles(String text, EntityMention... mentions) {
        List<Token> tokens = new Tokenizer().tokenize(text);
        List<Role> roles = new RoleFinder().find(text, tokens, Spans.sorted(mentions), new boolean[tokens.size()]);
        return roles.stream().map(r -> r.textIn(text) + " => " + text.substring(r.holderStart(), r.holderEnd())).toList();
    }

    @Test
    void aTitleRightBeforeTheNameStartsAtItsHeadNoun() {
        String text = "وأجرى محادثات مع نائب وزير الخارجية الروسي سيرغي ريابكوف أمس.";
        assertEquals(List.of("نائب وزير الخارجية الروسي => سيرغي ريابكوف"),
                roles(text, Spans.at(text, "سيرغي ريابكوف", PER)));
    }

    @Test
    void aTitleSetOffByACommaBeforeTheName() {
        String text = "وقال الناطق باسم الكرملين، دميتري بيسكوف، للصحفيين إن الحوار مستمر.";
        assertEquals(List.of("الناطق باسم الكرملين => دميتري بيسكوف"),
                roles(text, Spans.at(text, "الكرملين", ORG), Spans.at(text, "دميتري بيسكوف", PER)));
    }

    @Test
    void aTitleAfterTheNameFollowsAComma() {
        String text = "والتقى ديمتري كوزاك، نائب رئيس إدارة الرئاسة الروسية، الوفد الأمريكي.";
        assertEquals(List.of("نائب رئيس إدارة الرئاسة الروسية => ديمتري كوزاك"),
                roles(text, Spans.at(text, "ديمتري كوزاك", PER)));
    }

    @Test
    void complementsWithPrepositionsAndPlaceNamesBelongToTheRole() {
        String text = "وقال سفير الولايات المتحدة في موسكو جون سوليفان إن اللقاء كان مفيدا.";
        assertEquals(List.of("سفير الولايات المتحدة في موسكو => جون سوليفان"), roles(text,
                Spans.at(text, "الولايات المتحدة", LOC), Spans.at(text, "موسكو", LOC), Spans.at(text, "جون سوليفان", PER)));
    }

    @Test
    void aGeneralSecretaryKeepsTheAdjective() {
        String text = "ويشارك في الجلسة الأمين العام لحلف شمال الأطلسي، ينس ستولتنبرغ، وممثلون عن الدول.";
        assertEquals(List.of("الأمين العام لحلف شمال الأطلسي => ينس ستولتنبرغ"),
                roles(text, Spans.at(text, "ينس ستولتنبرغ", PER)));
    }

    @Test
    void aVerbBeforeTheTitleIsNotPartOfIt() {
        String text = "أكد الرئيس الروسي فلاديمير بوتين أن الحوار ممكن.";
        assertEquals(List.of("الرئيس الروسي => فلاديمير بوتين"), roles(text, Spans.at(text, "فلاديمير بوتين", PER)));
    }

    @Test
    void noTitleNoRole() {
        String text = "وقال فلاديمير بوتين، خلال الاتصال، إن موسكو تنتظر ردا.";
        assertEquals(List.of(), roles(text, Spans.at(text, "فلاديمير بوتين", PER), Spans.at(text, "موسكو", LOC)));
    }

    @Test
    void placesAndOrganisationsGetNoRoles() {
        String text = "وقال وزير الخارجية إن روسيا مستعدة.";
        assertEquals(List.of(), roles(text, Spans.at(text, "روسيا", LOC)));
    }

    @Test
    void aTitleDoesNotReachOverALineBreak() {
        // the headline above ends with a title of its own; the paragraph's title is only its last line's
        String text = "استقبال رئيس الوزراء في القصر\nاستقبل خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز أمس الوفد.";
        assertEquals(List.of("الملك => عبدالله بن عبدالعزيز"), roles(text, Spans.at(text, "عبدالله بن عبدالعزيز", PER)));
    }

    @Test
    void aTitleAfterTheNameEndsAtTheLine() {
        String text = "وصل محمد سمير، المتحدث العسكري\nالجيش يعلن نتائج العملية";
        assertEquals(List.of("المتحدث العسكري => محمد سمير"), roles(text, Spans.at(text, "محمد سمير", PER)));
    }

    @Test
    void anInstitutionIsNotATitle() {
        // مؤسسة is far more often "institution" than "founder" (feminine)
        String text = "وعين مجلس إدارة مؤسسة اليمامة الصحفية الزميل تركي السديري مشرفا عاما.";
        assertEquals(List.of(), roles(text, Spans.at(text, "اليمامة", ORG), Spans.at(text, "تركي السديري", PER)));
    }

    @Test
    void aFormOfAddressBetweenFunctionAndNameIsNotPartOfTheRole() {
        String text = "وقال وزير المالية الدكتور إبراهيم العساف إن العجز سينخفض.";
        assertEquals(List.of("وزير المالية => إبراهيم العساف"), roles(text, Spans.at(text, "إبراهيم العساف", PER)));
        String prince = "واستقبل نائب رئيس مجلس الوزراء صاحب السمو الملكي الأمير محمد بن نايف الوفد.";
        assertEquals(List.of("نائب رئيس مجلس الوزراء => محمد بن نايف"),
                roles(prince, Spans.at(prince, "محمد بن نايف", PER)));
    }

    @Test
    void aFormOfAddressAloneStaysTheRole() {
        String text = "وأكد الشيخ صباح الأحمد أن الحوار ممكن.";
        assertEquals(List.of("الشيخ => صباح الأحمد"), roles(text, Spans.at(text, "صباح الأحمد", PER)));
    }

    @Test
    void aSpokesmanForTheBodyJustNamedIsARole() {
        String text = "واتهم الكرملين الحلف بتصعيد التوتر، وقال المتحدث باسمه دميتري بيسكوف إن التوتر يتصاعد.";
        assertEquals(List.of("المتحدث باسمه => دميتري بيسكوف"),
                roles(text, Spans.at(text, "الكرملين", ORG), Spans.at(text, "دميتري بيسكوف", PER)));
    }

    @Test
    void aRankAloneAfterTheFunctionAndACommaLeavesTheFunctionAsTheRole() {
        String text = "وقال المتحدث باسم الوزارة، الجنرال إيغور كوناشينكوف، إن الوحدات بدأت بالعودة.";
        assertEquals(List.of("المتحدث باسم الوزارة => إيغور كوناشينكوف"),
                roles(text, Spans.at(text, "إيغور كوناشينكوف", PER)));
    }
}
