package org.marsad.entity.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.Doc;
import org.marsad.entity.EntityDocs;

class EntityLinkerTest {
    @Test
    void oneCorpusEntityPerPersonAcrossArticles() {
        EntityLinker linker = new EntityLinker(e -> e.name().equals("دميتري بيسكوف") ? "Dmitry Peskov" : null);
        Doc a = EntityDocs.analyse("a", "وقال الناطق باسم الكرملين، دميتري بيسكوف، للصحفيين إن الحوار مستمر.");
        Doc b = EntityDocs.analyse("b", "وقال المتحدث باسم الكرملين ديمتري بيسكوف إن المكالمة ستجري مساء اليوم.");
        assertTrue(linker.pass(a));
        assertTrue(linker.pass(b));
        String idA = id(a, "بيسكوف");
        assertEquals(idA, id(b, "بيسكوف"));
        CorpusEntity peskov = linker.entities().stream().filter(e -> e.id().equals(idA)).findFirst().orElseThrow();
        assertEquals(List.of("a", "b"), peskov.articles());
        assertEquals("Dmitry Peskov", peskov.latin());
        assertTrue(peskov.roles().contains("الناطق باسم الكرملين"), peskov.roles().toString());
        assertTrue(peskov.aliases().contains("ديمتري بيسكوف"));
    }

    private static String id(Doc doc, String surname) {
        String text = doc.text();
        return doc.get(EntityLinker.LAYER).stream().filter(l -> text.substring(l.start(), l.end()).endsWith(surname))
                .findFirst().orElseThrow().id();
    }
}
