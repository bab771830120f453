package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marsad.time.Shown.show;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidayRecognizerTest {

    @Test
    void greetingsLookAheadToTheComingHoliday() {
        assertEquals("عيد رأس السنة=2022-01-01",
                show("وتبادل الرئيسان التهاني بمناسبة عيد رأس السنة.", LocalDate.of(2021, 12, 30)));
        // without a greeting, the nearest: a week into January, the one just past
        assertEquals("رأس السنة الميلادية=2022-01-01",
                show("وألغيت احتفالات رأس السنة الميلادية بسبب الوباء.", LocalDate.of(2022, 1, 7)));
        // greetings a week after it are for the next one
        assertEquals("رأس السنة=2023-01-01",
                show("وبعث الرئيس برقية تهنئة بمناسبة رأس السنة.", LocalDate.of(2022, 1, 7)));
    }

    @Test
    void hijriHolidaysFollowTheUmmAlQuraCalendar() {
        // Eid al-Fitr 1436 fell on 17 July 2015, Eid al-Adha 1436 on 23 September 2015
        assertEquals("عيد الفطر المبارك=2015-07-17",
                show("وأدى المصلون صلاة عيد الفطر المبارك في المسجد الحرام.", LocalDate.of(2015, 7, 18)));
        assertEquals("عيد الأضحى=2015-09-23",
                show("وتستعد الأسواق لاستقبال عيد الأضحى بعروض كبيرة.", LocalDate.of(2015, 9, 10)));
        assertEquals("يوم عرفة=2015-09-22", show("ويقف الحجاج على صعيد عرفات يوم عرفة.", LocalDate.of(2015, 9, 20)));
    }

    @Test
    void christmasAndNotABirthday() {
        assertEquals("عيد الميلاد المجيد=2021-12-25",
                show("وهنأ الرئيس المسيحيين بمناسبة عيد الميلاد المجيد.", LocalDate.of(2021, 12, 24)));
        assertEquals("", show("واحتفل اللاعب بعيد ميلاده الثلاثين مع أسرته.", LocalDate.of(2021, 12, 24)));
    }

    @Test
    void withoutAnAnchorTheValueDoesNotPretend() {
        assertEquals("عيد الفطر=XXXX-XX-XX", show("وبعد عيد الفطر تعود الدراسة.", null));
        assertEquals("رأس السنة=XXXX-01-01", show("وقبيل رأس السنة تزدحم الأسواق.", null));
    }

    @Test
    void anAnchorOutsideTheUmmAlQuraTableLeavesHijriValuesOpen() {
        LocalDate old = LocalDate.of(1850, 3, 1);
        assertEquals("عيد الفطر=XXXX-XX-XX", show("وبعد عيد الفطر تعود الدراسة.", old));
        assertEquals("8 من ذي القعدة=XXXX-XX-XX", show("وتبدأ الدراسة في 8 من ذي القعدة.", old));
    }
}
