package org.marsad.story.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.marsad.story.Articles;
import org.marsad.text.Tokenizer;

class CopyDetectorTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private int[] shingles(String text) {
        return Shingles.of(tokenizer.tokenize(text));
    }

    @Test
    void anExactReprintIsACopyOfTheFirst() {
        CopyDetector d = new CopyDetector();
        assertNull(d.add(shingles(Articles.WIRE)));
        CopyDetector.Copy c = d.add(shingles(Articles.WIRE));
        assertNotNull(c);
        assertEquals(0, c.doc());
        assertEquals(1.0, c.jaccard(), 1e-9);
    }

    @Test
    void spellingVariantsAndPunctuationDoNotHideACopy() {
        CopyDetector d = new CopyDetector();
        d.add(shingles(Articles.WIRE));
        String respelled = Articles.WIRE.replace("إضافة", "اضافة").replace("الأوضاع", "الاوضاع")
                .replace("،", " ").replace("اجتماعا", "اجتماعاً");
        assertNotNull(d.add(shingles(respelled)));
    }

    @Test
    void aTrimmedReprintIsACopyThroughContainment() {
        CopyDetector d = new CopyDetector();
        d.add(shingles(Articles.WIRE));
        String trimmed = Articles.WIRE.substring(0, Articles.WIRE.indexOf("وحضر الاجتماع"));
        CopyDetector.Copy c = d.add(shingles(trimmed));
        assertNotNull(c);
        assertEquals(1.0, c.containment(), 1e-9);
    }

    @Test
    void aLightlyEditedReprintIsACopy() {
        CopyDetector d = new CopyDetector();
        d.add(shingles(Articles.WIRE));
        String edited = "الرياض - واس: " + Articles.WIRE.replace("اليوم", "أمس الثلاثاء")
                .replace("مختلف المجالات", "شتى المجالات");
        assertNotNull(d.add(shingles(edited)));
    }

    @Test
    void anotherStoryAndAShortSharedPhraseAreNotCopies() {
        CopyDetector d = new CopyDetector();
        d.add(shingles(Articles.WIRE));
        assertNull(d.add(shingles(Articles.OTHER)));
        assertNull(d.add(shingles("وأكد الجانبان أهمية مواصلة التنسيق والتشاور المستمر بين البلدين الصديقين في كل المجالات")));
    }
}
