package org.marsad.entity.latin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignerTest {
    @Test
    void alignmentsSpellBothWordsAndPutUnwrittenVowelsAfterTheirConsonant() {
        ArabicLetters letters = new ArabicLetters(true, false);
        List<Aligner.Example> examples = new ArrayList<>();
        for (TranslitPair p : TranslitTrainingTest.sample()) {
            examples.add(new Aligner.Example(letters.of(p.arabic()), LatinLetters.of(p.latin()), 1));
        }
        Aligner aligner = Aligner.train(examples, 5, 0.01);
        for (Aligner.Example e : examples) {
            List<Graphone> g = aligner.align(e).graphones();
            assertEquals(e.arabic(), String.join("", g.stream().map(Graphone::arabic).toList()));
            assertEquals(e.latin(), String.join("", g.stream().map(Graphone::latin).toList()));
        }
        // بتروف: the e Arabic does not write goes with the ب before it, not with the ت after it
        List<Graphone> petrov = aligner.align(new Aligner.Example("بتروف", "petrov", 1)).graphones();
        assertTrue(petrov.get(0).latin().startsWith("pe"), petrov.toString());
        assertNull(aligner.align(new Aligner.Example("ب", "abcdefg", 1)), "more than three Latin letters a letter");
    }

    @Test
    void latinLettersDropAccentsAndSpellTheRest() {
        assertEquals("kosen", LatinLetters.of("Kösen"));
        assertEquals("muhammad", LatinLetters.of("Muḥammad"));
        assertEquals("lodz", LatinLetters.of("Łódź"));
        assertEquals("obrien", LatinLetters.of("O'Brien"));
    }
}
