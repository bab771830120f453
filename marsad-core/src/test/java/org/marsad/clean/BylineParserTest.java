package org.marsad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BylineParserTest {
    private final BylineParser parser = new BylineParser(BylineVocabulary.standard());

    @Test
    void parenthesisedOpenerGivesOutletAgencyAndDate() {
        Byline b = parser.parse("(الجزيرة نت / رويترز - 3 مارس 2023)");
        assertEquals("الجزيرة نت", b.outlet());
        assertEquals(List.of("رويترز"), b.agencies());
        assertEquals(LocalDate.of(2023, 3, 3), b.date());
        assertNull(b.dateline());
    }

    @Test
    void unknownOutletBeforeSlashIsTheOutlet() {
        Byline b = parser.parse("( صحيفة المساء اليومية / الأناضول - 5 تشرين الأول 2020ء)");
        assertEquals("صحيفة المساء اليومية", b.outlet());
        assertEquals(List.of("الأناضول"), b.agencies());
        assertEquals(LocalDate.of(2020, 10, 5), b.date());
    }

    @Test
    void aDateThatNamesItsMonthTwiceIsOnePart() {
        for (String line : List.of("موسكو، 14 يناير/كانون الثاني 2022 (سبوتنيك)", "موسكو 14 يناير (كانون الثاني) 2022 (سبوتنيك)")) {
            Byline b = parser.parse(line);
            assertEquals(LocalDate.of(2022, 1, 14), b.date(), line);
            assertEquals("موسكو", b.dateline(), line);
            assertEquals(List.of("سبوتنيك"), b.agencies(), line);
        }
    }

    @Test
    void cityDashAgencyGivesDatelineAndAgency() {
        Byline b = parser.parse("بيروت -أ ف ب");
        assertEquals("بيروت", b.dateline());
        assertEquals(List.of("أ ف ب"), b.agencies());
        assertTrue(b.isPlausible());
    }

    @Test
    void dottedAgencyAbbreviationIsRecognised() {
        Byline b = parser.parse("باريس ـ أ. ف. ب");
        assertEquals("باريس", b.dateline());
        assertEquals(List.of("أ. ف. ب"), b.agencies());
    }

    @Test
    void agencyInParenthesesAfterCity() {
        Byline b = parser.parse("برلين : (د ب أ)");
        assertEquals("برلين", b.dateline());
        assertEquals(List.of("د ب أ"), b.agencies());
    }

    @Test
    void agencyBeforeCityInParentheses() {
        Byline b = parser.parse("رويترز (طوكيو)");
        assertEquals("طوكيو", b.dateline());
        assertEquals(List.of("رويترز"), b.agencies());
    }

    @Test
    void reporterWithCityInParentheses() {
        Byline b = parser.parse("&nbsp;خالد العتيبي (حفر الباطن)");
        assertEquals("حفر الباطن", b.dateline());
        assertEquals("خالد العتيبي", b.author());
    }

    @Test
    void unknownTownAfterReporterNameIsTheDateline() {
        Byline b = parser.parse("محمد السالم (وادي فاطمة)");
        assertEquals("وادي فاطمة", b.dateline());
        assertEquals("محمد السالم", b.author());
    }

    @Test
    void outletFromCity() {
        Byline b = parser.parse("«الاقتصادية» من جدة");
        assertEquals("الاقتصادية", b.outlet());
        assertEquals("جدة", b.dateline());
    }

    @Test
    void outletNamedAfterItsCityWithAnEditionIsTheOutlet() {
        Byline b = parser.parse("الرياض الإلكتروني");
        assertNull(b.dateline());
        assertEquals("الرياض الإلكتروني", b.outlet());
        assertEquals("القدس", parser.parse("القدس المحتلة - وفا").dateline().split(" ")[0]);
    }

    @Test
    void outletNamedAfterItsCityIsTheCityUnlessAnotherCityIsNamed() {
        assertEquals("المدينة", parser.parse("المدينة - واس").dateline());
        Byline office = parser.parse("المدينة - ينبع");
        assertEquals("ينبع", office.dateline());
        assertEquals("المدينة", office.outlet());
        Byline quoted = parser.parse("المدينة: «الشرق الأوسط»");
        assertEquals("المدينة", quoted.dateline());
        assertEquals("الشرق الأوسط", quoted.outlet());
    }

    @Test
    void doubledTatweelHtmlDashAndTabSeparateParts() {
        Byline wire = parser.parse("روما ــ الفرنسية");
        assertEquals("روما", wire.dateline());
        assertEquals(List.of("الفرنسية"), wire.agencies());
        assertEquals("دبي", parser.parse("الوطن&ndash; دبي").dateline());
        assertEquals("أبها", parser.parse("أبها \t تصوير").dateline());
    }

    @Test
    void positionalGuessesDoNotMakeATextLookLikeAByline() {
        // "ربما" before a dash is not a city, and nothing recognised anchors the text
        assertFalse(parser.parse("ربما - كما قال أحدهم").isPlausible());
        assertNull(parser.parse("محمد السالم (5 نجوم)").dateline());
    }

    @Test
    void reporterAndDeskWordIsNotADateline() {
        Byline b = parser.parse("سارة أحمد – متابعات");
        assertNull(b.dateline());
        assertEquals("سارة أحمد", b.author());
    }

    @Test
    void agencyListWithCities() {
        Byline b = parser.parse("د ب أ - لندن / نيون");
        assertEquals(List.of("د ب أ"), b.agencies());
        assertEquals("لندن", b.dateline());
    }

    @Test
    void agenciesAloneInAList() {
        Byline b = parser.parse("وكالات (عواصم)");
        assertEquals(List.of("وكالات"), b.agencies());
    }

    @Test
    void spaDatelineWithBothCalendars() {
        Byline b = parser.parse("تبوك 12 رمضان 1437 هـ الموافق 17 يونيو 2016 م واس");
        assertEquals("تبوك", b.dateline());
        assertEquals(List.of("واس"), b.agencies());
        assertEquals(LocalDate.of(2016, 6, 17), b.date());
    }

    @Test
    void sentenceIsNotAPlausibleByline() {
        assertFalse(parser.parse("روسيا: نرغب في تسوية الأزمة مع جيرانها بالحوار").isPlausible());
        assertFalse(parser.parse("وقال المتحدث باسم الوزارة").isPlausible());
    }
}
