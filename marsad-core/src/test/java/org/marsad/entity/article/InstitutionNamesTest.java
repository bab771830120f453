package org.marsad.entity.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.entity.EntityMention;
import org.marsad.entity.EntityType;
import org.marsad.entity.Spans;
import org.marsad.text.Tokenizer;

class InstitutionNamesTest {
    private static List<String> found(String text, EntityMention... mentions) {
        return InstitutionNames.add(text, new Tokenizer().tokenize(text), Spans.sorted(mentions)).stream()
                .map(m -> m.textIn(text) + "/" + m.type()).toList();
    }

    @Test
    void anInstitutionNounWithDefiniteWords() {
        String text = "وصل الوفد إلى مبنى وزارة الخارجية الروسية لإجراء محادثات.";
        assertEquals(List.of("وزارة الخارجية الروسية/ORG"), found(text));
    }

    @Test
    void aConjunctionEndsTheName() {
        String text = "أعلن مجلس الدوما والحكومة موقفهما.";
        assertEquals(List.of("مجلس الدوما/ORG"), found(text));
    }

    @Test
    void aSeatOfGovernmentIsAnOrganisationEvenAfterLam() {
        String text = "وأعقب المحادثات بيان للبيت الأبيض. وقال البيت الأبيض إن الحوار مستمر.";
        assertEquals(List.of("بيت الأبيض/ORG", "البيت الأبيض/ORG"),
                found(text, Spans.at(text, "البيت الأبيض", EntityType.MISC, 0)));
    }

    @Test
    void theRecogniserKeepsWhatItFound() {
        String text = "قال مجلس الأمن الدولي إن الوضع خطير.";
        assertEquals(List.of("مجلس الأمن الدولي/ORG"), found(text, Spans.at(text, "مجلس الأمن الدولي", EntityType.ORG)));
    }

    @Test
    void aDefiniteInstitutionNounIsLeftToTheRecogniser() {
        assertEquals(List.of(), found("قال المجلس الأعلى إن الوضع خطير."));
    }

    @Test
    void aListedNameReplacesTheRecognisersPiecesOfIt() {
        String text = "عقدت منظمة الأمن والتعاون في أوروبا اجتماعا.";
        assertEquals(List.of("منظمة الأمن والتعاون في أوروبا/ORG"), found(text,
                Spans.at(text, "منظمة الأمن", EntityType.ORG), Spans.at(text, "أوروبا", EntityType.LOC)));
    }

    @Test
    void aMentionReachingPastAListedNameKeepsItsSpan() {
        String text = "قال البنك الدولي للإنشاء إن النمو تراجع.";
        assertEquals(List.of("البنك الدولي للإنشاء/ORG"),
                found(text, Spans.at(text, "البنك الدولي للإنشاء", EntityType.ORG)));
    }

    @Test
    void aListedNameLosesTheConjunctionFaThatANameMightBeginWith() {
        String text = "فصندوق النقد الدولي يتوقع نموا أبطأ.";
        assertEquals(List.of("صندوق النقد الدولي/ORG"), found(text));
    }
}
