package org.marsad.entity.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Doc;
import org.marsad.entity.EntityDocs;
import org.marsad.entity.EntityType;

class ArticleEntityStageTest {
    private static final String ARTICLE = """
            موسكو تنتظر ردا أمريكيا على مقترحاتها

            وصلت مساعدة وزيرة الخارجية الأمريكية كارين دونفريد إلى مبنى وزارة الخارجية الروسية لإجراء محادثات \
            مع نائب وزير الخارجية الروسي سيرغي ريابكوف.

            وأعرب نائب وزير الخارجية الروسي عن أمله في أن تبدي الولايات المتحدة تفهما لموقف موسكو.

            وأعقب المحادثات بيان للبيت الأبيض جاء فيه أن الحوار مستمر. وقالت دونفريد إن اللقاء كان مفيدا.
            """;

    private static Optional<ArticleEntity> entity(Doc doc, String name) {
        return doc.get(ArticleEntityStage.ENTITIES).stream().filter(e -> e.forms().contains(name)).findFirst();
    }

    @Test
    void aPersonGathersSurnameAndRole() {
        Doc doc = EntityDocs.analyse("a", ARTICLE);
        ArticleEntity donfried = entity(doc, "كارين دونفريد").orElseThrow();
        assertEquals(EntityType.PER, donfried.type());
        assertTrue(donfried.forms().contains("دونفريد"), donfried.forms().toString());
        assertEquals(List.of("مساعدة وزيرة الخارجية الأمريكية"), donfried.roles());
    }

    @Test
    void aRoleAloneRefersBackToThePersonGivenIt() {
        Doc doc = EntityDocs.analyse("a", ARTICLE);
        ArticleEntity ryabkov = entity(doc, "سيرغي ريابكوف").orElseThrow();
        String text = doc.text();
        int second = text.indexOf("نائب وزير الخارجية الروسي عن");
        Mention byRole = doc.get(ArticleEntityStage.LAYER).stream().filter(m -> m.start() == second).findFirst().orElseThrow();
        assertTrue(byRole.byRole());
        assertEquals(ryabkov.index(), byRole.entity());
        assertEquals("نائب وزير الخارجية الروسي", byRole.textIn(text));
    }

    @Test
    void aOneWordTitleRefersBackOnlyWhenOnePersonHasIt() {
        Doc doc = EntityDocs.analyse("k", """
                تهنئة للنيجر

                بعث الملك سلمان بن عبدالعزيز برقية تهنئة إلى رئيس النيجر. وأعرب الملك عن أطيب التمنيات للشعب. \
                وسلك الموكب طريق الملك فهد بتوجيهات نائب الملك.
                """);
        String text = doc.text();
        ArticleEntity king = entity(doc, "سلمان بن عبدالعزيز").orElseThrow();
        int later = text.indexOf("الملك عن");
        Mention byTitle = doc.get(ArticleEntityStage.LAYER).stream().filter(m -> m.start() == later).findFirst()
                .orElseThrow(() -> new AssertionError(doc.get(ArticleEntityStage.LAYER).toString()));
        assertEquals(king.index(), byTitle.entity());
        int road = text.indexOf("الملك فهد");
        int deputy = text.indexOf("الملك.");
        assertTrue(doc.get(ArticleEntityStage.LAYER).stream().noneMatch(m -> m.start() == road || m.start() == deputy),
                "a road named for a king, and the king's deputy, are not the king");

        Doc two = EntityDocs.analyse("k2", """
                لقاء الملكين

                استقبل الملك سلمان بن عبدالعزيز ملك الأردن عبدالله الثاني. وأعرب الملك عن سعادته باللقاء.
                """);
        int ambiguous = two.text().indexOf("الملك عن");
        assertTrue(two.get(ArticleEntityStage.LAYER).stream().noneMatch(m -> m.start() == ambiguous),
                "two kings: the title alone names neither");
    }

    @Test
    void institutionsTheRecogniserMissesAreOrganisations() {
        Doc doc = EntityDocs.analyse("a", ARTICLE);
        assertEquals(EntityType.ORG, entity(doc, "وزارة الخارجية الروسية").orElseThrow().type());
        assertTrue(entity(doc, "بيت الأبيض").map(e -> e.type() == EntityType.ORG).orElse(false),
                doc.get(ArticleEntityStage.ENTITIES).toString());
    }

    @Test
    void anEntityIsNamedByAFormWrittenAsWholeWords() {
        Doc doc = EntityDocs.analyse("a", """
                بيان أمريكي

                وأعقب المحادثات بيان للبيت الأبيض جاء فيه أن الحوار مستمر. وأوضح البيت الأبيض أن اللقاء كان مفيدا.
                """);
        ArticleEntity house = entity(doc, "بيت الأبيض").orElseThrow();
        assertEquals("البيت الأبيض", house.name(), house.forms().toString());
    }

    @Test
    void aFormCutAfterLamLamGetsItsArticleBackInTheName() {
        Doc doc = EntityDocs.analyse("a", """
                بيان أمريكي

                وأعقب المحادثات بيان للبيت الأبيض جاء فيه أن الحوار مستمر.
                """);
        ArticleEntity house = entity(doc, "بيت الأبيض").orElseThrow();
        assertEquals("البيت الأبيض", house.name());
    }

    @Test
    void everyMentionIsASpanOfTheTextWithItsEntity() {
        Doc doc = EntityDocs.analyse("a", ARTICLE);
        int entities = doc.get(ArticleEntityStage.ENTITIES).size();
        for (Mention m : doc.get(ArticleEntityStage.LAYER)) {
            assertTrue(m.entity() < entities);
            assertTrue(m.end() <= doc.text().length());
        }
    }

    @Test
    void aTitledFirstNameTakesTheSurnameBeforeReportedSpeech() {
        Doc doc = EntityDocs.analyse("a", "عنوان\n\nوقالت وزيرة الخارجية البريطانية ليز تراس إن الحوار مستمر. وأضافت تراس أن لندن مستعدة.");
        ArticleEntity truss = entity(doc, "ليز تراس").orElseThrow();
        assertEquals(EntityType.PER, truss.type());
        assertTrue(truss.forms().contains("تراس"), truss.forms().toString());
        assertEquals(List.of("وزيرة الخارجية البريطانية"), truss.roles());
    }

    @Test
    void aTitledFirstNameBeforeAVerbStaysAlone() {
        Doc doc = EntityDocs.analyse("a", "عنوان\n\nوقال الأمير خالد يصل الوفد إلى الرياض غدا.");
        assertTrue(entity(doc, "خالد يصل").isEmpty());
    }

    @Test
    void aFutureVerbAfterANameIsNoPartOfIt() {
        Doc doc = EntityDocs.analyse("a", "عنوان\n\nقال المتحدث إن الرئيس فلاديمير بوتين سيدرس الرد الأمريكي بعناية.");
        assertTrue(entity(doc, "فلاديمير بوتين").isPresent(), doc.get(ArticleEntityStage.ENTITIES).toString());
        assertTrue(doc.get(ArticleEntityStage.ENTITIES).stream().noneMatch(e -> e.name().contains("سيدرس")));
    }

    @Test
    void aDefiniteAdjectiveOrACommonVerbIsNoSurname() {
        Doc doc = EntityDocs.analyse("a", "عنوان\n\nوقال الأمير تركي أوضح أن الزيارة ناجحة.");
        assertTrue(doc.get(ArticleEntityStage.ENTITIES).stream().noneMatch(e -> e.name().contains("أوضح")));
    }
}
