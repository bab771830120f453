package org.marsad.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoilerplateTest {
    private final Boilerplate rules = new Boilerplate();

    private LineKind kind(String line) {
        return rules.classify(line, new Line(0, line.length()));
    }

    @Test
    void widgetLabelsAreWidgets() {
        assertEquals(LineKind.WIDGET, kind("مواضيع ذات صلة"));
        assertEquals(LineKind.WIDGET, kind("شارك الخبر"));
        assertEquals(LineKind.WIDGET, kind("Share this"));
    }

    @Test
    void iconLabelGluedToReadingTimeIsAWidget() {
        assertEquals(LineKind.WIDGET, kind("clock iconمدة القراءة 4 دقائق"));
    }

    @Test
    void longSentenceMentioningSharingIsBody() {
        assertEquals(LineKind.BODY, kind("وقال الوزير إن المملكة ستشارك في المؤتمر الدولي المقرر عقده في جنيف الشهر المقبل بوفد رفيع"));
    }

    @Test
    void continuationAndEndMarkers() {
        assertEquals(LineKind.END_MARKER, kind("(يتبع)"));
        assertEquals(LineKind.END_MARKER, kind("// انتهى //"));
    }

    @Test
    void transmissionTimestamp() {
        assertEquals(LineKind.TIMESTAMP, kind("09:41 ت م"));
        assertEquals(LineKind.TIMESTAMP, kind("23:05 GMT"));
    }

    @Test
    void photoCaptionWithCredit() {
        assertEquals(LineKind.CAPTION, kind("وزير الخارجية خلال مؤتمر صحفي في عمّان - 3 مايو 2019 - AFP"));
        assertEquals(LineKind.CAPTION, kind("صورة أرشيفية لمقر الأمم المتحدة في نيويورك"));
    }

    @Test
    void encodedTrackingStringWithSignOff() {
        assertEquals(LineKind.ENCODED, kind("dGhpcyBpcyBhIHRyYWNrZXIx2Q== الموقع الإخباري"));
        assertTrue(Boilerplate.isEncoded("aGVsbG8gd29ybGQ9MTIzNA==", 0, 24));
        assertFalse(Boilerplate.isEncoded("Internationalisation", 0, 20));
    }

    @Test
    void copyrightLine() {
        assertEquals(LineKind.COPYRIGHT, kind("© 2024 جميع الحقوق محفوظة"));
    }

    @Test
    void punctuationOnlyLineGoesUnlessItClosesAQuote() {
        assertEquals(LineKind.NO_LETTERS, kind("* * *"));
        assertEquals(LineKind.BODY, kind("..\"."));
    }

    @Test
    void trailingContinuationMarkerIsCutFromTheLine() {
        String line = "وأضاف أن المحادثات ستستأنف غدا (يتبع)";
        int at = rules.trailingMarker(line, new Line(0, line.length()));
        assertEquals(line.indexOf("(يتبع)"), at);
    }
}
