package org.marsad.index;

import java.time.LocalDate;
import java.util.List;
import org.marsad.doc.ArticleMeta;
import org.marsad.doc.Doc;
import org.marsad.doc.Provenance;
import org.marsad.doc.SourceMap;

/** Small Arabic articles for tests, written for them: text is the headline, a blank line, the body. */
final class TestArticles {
    private static final String[] OUTLETS = {"okaz", "aawsat", "alyaum"};
    private static final String[] AGENCIES = {"واس", "رويترز", "أ ف ب"};
    private static final String[] PLACES = {"الرياض", "جدة", "الدمام", "أبها", "تبوك"};
    private static final String[] SUBJECTS = {"الحكومة", "الوزارة", "الهيئة", "الأمانة"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 7, 1);

    private TestArticles() {
    }

    static Doc article(String id, String outlet, String agency, LocalDate published, String headline, String body) {
        String text = headline + "\n\n" + body;
        ArticleMeta meta = new ArticleMeta(headline, outlet, agency == null ? List.of() : List.of(agency),
                "الرياض", null, null, published, false, null, null, "ar");
        return new Doc(id, Provenance.ofFile("corpus/" + id + ".txt"), text, SourceMap.identity(text.length()), meta);
    }

    /** Article number {@code n} of a deterministic stream, varied in outlet, agency, date and words. */
    static Doc numbered(int n) {
        String place = PLACES[n % PLACES.length];
        String subject = SUBJECTS[n % SUBJECTS.length];
        String headline = subject + " تعلن خطة جديدة في " + place + " رقم " + n;
        String body = "أعلنت " + subject + " اليوم عن خطة جديدة لتطوير الخدمات في " + place
                + "، وقال المتحدث باسمها إن المرحلة " + (n % 7 + 1) + " تبدأ خلال " + (n % 12 + 1) + " شهرا.\n\n"
                + "وأضاف أن الخطة تشمل " + (n * 37 % 100) + " مشروعا في قطاعات التعليم والصحة والنقل.";
        return article("a" + n, OUTLETS[n % OUTLETS.length], AGENCIES[n % AGENCIES.length],
                FIRST_DAY.plusDays(n % 40), headline, body);
    }
}
