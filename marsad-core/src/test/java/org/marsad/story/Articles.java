package org.marsad.story;

import java.time.LocalDate;
import java.util.List;

/** Story articles for tests: a headline and body, an outlet and a day, no other layers. */
public final class Articles {
    private Articles() {
    }

    public static StoryArticle of(String id, String outlet, String day, String headline, String body) {
        String text = headline + "\n\n" + body;
        return new StoryArticle(id, outlet, headline, day == null ? null : LocalDate.parse(day), false, text,
                List.of(new StoryArticle.Range(0, headline.length()),
                        new StoryArticle.Range(headline.length() + 2, text.length())),
                List.of(), List.of(), List.of(), List.of());
    }

    /** A wire story of some length about a meeting in Riyadh, to copy, trim and edit. */
    public static final String WIRE = "عقد وزير الخارجية اجتماعا في الرياض اليوم مع نظيره الفرنسي لبحث العلاقات "
            + "الثنائية بين البلدين وسبل تعزيزها في مختلف المجالات الاقتصادية والثقافية والتعليمية. وأوضح الوزير في "
            + "مؤتمر صحفي عقب الاجتماع أن المباحثات تناولت القضايا الإقليمية والدولية ذات الاهتمام المشترك، ومنها "
            + "الأوضاع في اليمن وسوريا والعراق، إضافة إلى جهود مكافحة الإرهاب وتمويله. وأكد الجانبان أهمية "
            + "مواصلة التنسيق والتشاور المستمر بين البلدين الصديقين، واتفقا على عقد اجتماع للجنة المشتركة قبل نهاية "
            + "العام الجاري في باريس. وحضر الاجتماع عدد من كبار المسؤولين في وزارتي الخارجية في البلدين، كما "
            + "وقع الجانبان مذكرة تفاهم للتعاون في مجال التدريب الدبلوماسي وتبادل الخبرات بين المعهدين.";

    /** An unrelated story. */
    public static final String OTHER = "فاز فريق الهلال على نظيره النصر بثلاثة أهداف مقابل هدف في المباراة التي "
            + "أقيمت مساء أمس على استاد الملك فهد الدولي ضمن منافسات الجولة الخامسة من الدوري، وسجل للهلال "
            + "لاعبه الدولي هدفين في الشوط الأول، فيما أضاف زميله الهدف الثالث من ركلة جزاء في الشوط الثاني، "
            + "وقلص النصر الفارق في الدقائق الأخيرة من عمر المباراة التي شهدت حضورا جماهيريا كبيرا.";
}
