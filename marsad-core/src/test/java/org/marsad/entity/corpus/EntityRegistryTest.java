package org.marsad.entity.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.entity.EntityType;
import org.marsad.entity.article.ArticleEntity;

class EntityRegistryTest {
    private final EntityRegistry registry = new EntityRegistry(AliasTable.standard());

    private static ArticleEntity person(String name, String... roles) {
        return new ArticleEntity(0, name.length(), 0, EntityType.PER, name, List.of(name), List.of(roles));
    }

    private static ArticleEntity other(EntityType type, String... forms) {
        return new ArticleEntity(0, forms[0].length(), 0, type, forms[0], List.of(forms), List.of());
    }

    private int link(String article, ArticleEntity e) {
        return registry.root(registry.link(article, e));
    }

    @Test
    void spellingsOfAPersonAcrossArticlesAreOneEntity() {
        int a = link("a", person("دميتري بيسكوف", "الناطق باسم الكرملين"));
        assertEquals(a, link("b", person("ديمتري بيسكوف")));
        assertEquals(a, link("c", person("بيسكوف")));
    }

    @Test
    void aSurnameSeenFirstGainsItsFirstNameLater() {
        int a = link("a", person("تروس"));
        assertEquals(a, link("b", person("ليز تراس")));
        assertEquals("ليز تراس", registry.roots().get(0).toEntity("e1").name());
    }

    @Test
    void differentFirstNamesAreDifferentPeople() {
        int george = link("a", person("جورج بوش"));
        int laura = link("b", person("لورا بوش"));
        assertNotEquals(george, laura);
    }

    @Test
    void aDifferentFatherIsADifferentPerson() {
        int nayef = link("a", person("محمد بن نايف بن عبدالعزيز"));
        int salman = link("b", person("محمد بن سلمان بن عبدالعزيز"));
        assertNotEquals(nayef, salman);
        assertEquals(salman, link("c", person("محمد بن سلمان بن عبد العزيز")));
    }

    @Test
    void aNameWrittenWithMoreOrLessOfItsLineageIsOnePerson() {
        int salman = link("a", person("محمد بن سلمان بن عبدالعزيز"));
        assertEquals(salman, link("b", person("محمد بن سلمان")));
        int king = link("c", person("عبدالله بن عبدالعزيز"));
        assertEquals(king, link("d", person("عبدالله بن عبدالعزيز آل سعود")));
        assertNotEquals(king, link("e", person("عبدالله بن عبدالعزيز الربيعة")), "a family name makes another man");
    }

    @Test
    void aFinalSOrZIsOneSpellingOfAForeignName() {
        int scholz = link("a", person("أولاف شولتس"));
        assertEquals(scholz, link("b", person("أولاف شولتز")));
    }

    @Test
    void aSurnameAloneGoesToThePersonWithTheSameRole() {
        link("a", person("جورج بوش", "الرئيس الأمريكي"));
        int laura = link("b", person("لورا بوش", "السيدة الأولى"));
        link("c", person("جورج بوش"));
        assertEquals(laura, link("d", person("بوش", "السيدة الأولى")));
    }

    @Test
    void organisationsMeetThroughTheAliasTable() {
        int nato = link("a", other(EntityType.ORG, "الناتو", "حلف الناتو"));
        assertEquals(nato, link("b", other(EntityType.ORG, "حلف شمال الأطلسي")));
    }

    @Test
    void anArticleWritingBothNamesMergesTwoEntities() {
        int guards = link("a", other(EntityType.ORG, "الحرس الثوري"));
        int pasdaran = link("b", other(EntityType.ORG, "الباسداران"));
        assertNotEquals(guards, pasdaran);
        link("c", other(EntityType.ORG, "الحرس الثوري", "الباسداران"));
        assertEquals(registry.root(guards), registry.root(pasdaran));
        assertEquals(1, registry.merges());
    }

    @Test
    void aGenericNameLinksButDoesNotMerge() {
        int russian = link("a", other(EntityType.ORG, "وزارة الخارجية الروسية", "الخارجية"));
        int saudi = link("b", other(EntityType.ORG, "وزارة الخارجية السعودية"));
        link("c", other(EntityType.ORG, "وزارة الخارجية السعودية", "الخارجية"));
        assertNotEquals(registry.root(russian), registry.root(saudi));
    }

    @Test
    void placesKeepTheirOwnNameWhateverTheArticle() {
        int a = link("a", other(EntityType.LOC, "واشنطن"));
        assertEquals(a, link("b", other(EntityType.LOC, "واشنطن")));
        assertNotEquals(a, link("c", person("واشنطن")));
    }
}
