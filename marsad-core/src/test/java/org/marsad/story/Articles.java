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

    /**
     * An article naming people or organisations (corpus ids, each mentioned once at the start)
     * and time expressions with the given TIMEX3 values.
     */
    public static StoryArticle of(String id, String outlet, String day, String headline, String body,
            List<String> actors, List<String> timexValues) {
        StoryArticle a = of(id, outlet, day, headline, body);
        List<StoryArticle.Mention> mentions = actors.stream()
                .map(x -> new StoryArticle.Mention(0, 1, "PER", x)).toList();
        List<StoryArticle.Timex> timexes = timexValues.stream()
                .map(v -> new StoryArticle.Timex(0, 1, v)).toList();
        return new StoryArticle(a.id(), a.outlet(), a.headline(), a.published(), false, a.text(), a.sentences(),
                timexes, mentions, List.of(), List.of());
    }

    /** A wire story of some length about a meeting in Riyadh, to copy, trim and edit. */
    public static final String WIRE = "عقد وزير الخارجية اجتماعا في الرياض اليوم مع نظيره الفرنسي لبحث العلاقات "
            + "الثنائية بين البلدين وسبل تعزيزها في مختلف المجالات الاقتصادية والثقافية والتعليمية. وأوضح الوزير في "
            + "مؤتمر صحفي عقب الاجتماع أن المباحثات تناولت القضايا الإقليمية والدولية ذات الاهتمام المشترك، ومنها "
            + "الأوضاع في اليمن وسوريا والعراق، إضافة إلى جهود مكافحة الإرهاب وتمويله. وأكد الجانبان أهمية "
            + "مواصلة التنسيق والتشاور المستمر بين البلدين الصديقين، واتفقا على عقد اجتماع للجنة المشتركة قبل نهاية "
            + "العام الجاري في باريس. وحضر الاجتماع عدد من كبار المسؤولين في وزارتي الخارجية في البلدين، كما "
            + "وقع الجانبان مذكرة تفاهم للتعاون في مجال التدريب الدبلوماسي وتبادل الخبرات بين المعهدين.";

    /** A daily item: another day's would repeat it with other figures. */
    public static final String BULLETIN = "توقعت الرئاسة العامة للأرصاد وحماية البيئة أن تكون الأجواء حارة "
            + "إلى شديدة الحرارة على المناطق الشرقية والوسطى، مع نشاط في الرياح السطحية المثيرة للأتربة والغبار "
            + "على أجزاء من منطقة الرياض والقصيم وحائل، فيما تكون السماء غائمة جزئيا على المرتفعات الجنوبية "
            + "الغربية مع فرصة لتكون السحب الرعدية الممطرة على مرتفعات جازان وعسير والباحة.";

    /** The same kind of item on another day, in other words and figures. */
    public static final String NEXT_BULLETIN = "أفادت الرئاسة العامة للأرصاد وحماية البيئة بأن الأجواء ستكون "
            + "حارة إلى شديدة الحرارة على المناطق الشرقية والوسطى، وتوقعت رياحا سطحية مثيرة للأتربة والغبار "
            + "على منطقة الرياض والمنطقة الشرقية، مع سماء غائمة جزئيا على المرتفعات الجنوبية الغربية وفرصة "
            + "لهطول أمطار رعدية على مرتفعات جازان وعسير ونجران.";

    /** The same kind of item told a third way. */
    public static final String THIRD_BULLETIN = "ذكرت الرئاسة العامة للأرصاد وحماية البيئة في تقريرها أن الحرارة "
            + "ستظل مرتفعة على المناطق الشرقية والوسطى، وأن الرياح السطحية المثيرة للأتربة والغبار ستنشط على "
            + "القصيم وحائل والحدود الشمالية، وأن السماء ستكون غائمة جزئيا على المرتفعات الجنوبية الغربية مع "
            + "احتمال سحب رعدية على مرتفعات عسير والباحة.";

    /** An unrelated story. */
    public static final String OTHER = "فاز فريق الهلال على نظيره النصر بثلاثة أهداف مقابل هدف في المباراة التي "
            + "أقيمت مساء أمس على استاد الملك فهد الدولي ضمن منافسات الجولة الخامسة من الدوري، وسجل للهلال "
            + "لاعبه الدولي هدفين في الشوط الأول، فيما أضاف زميله الهدف الثالث من ركلة جزاء في الشوط الثاني، "
            + "وقلص النصر الفارق في الدقائق الأخيرة من عمر المباراة التي شهدت حضورا جماهيريا كبيرا.";
}
