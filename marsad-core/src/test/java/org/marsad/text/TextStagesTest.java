package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.doc.ArticleMeta;
import org.marsad.doc.Doc;
import org.marsad.doc.Provenance;
import org.marsad.doc.SourceMap;
import org.marsad.doc.TextSpan;

class TextStagesTest {
    private static final String ARTICLE = "الكرملين: بوتين يحذر من عقوبات جديدة\n\n"
            + "أكد المتحدث باسم الكرملين، دميتري بيسكوف، اليوم الأربعاء، أن الرئيس. فلاديمير بوتين "
            + "حذر نظيره الأمريكي. جو بايدن من فرض عقوبات. وقال بيسكوف للصحفيين: \"نحن مستعدون للحوار. "
            + "لكن بشروطنا\".\n\n"
            + "وبلغت نسبة التضخم 8.4% في روسيا خلال الـ12 شهرا الماضية، بحسب د. أحمد سالم.";

    private static Doc doc(String text) {
        ArticleMeta meta = new ArticleMeta(null, null, List.of(), null, null, null, null, false, null, null, null);
        return new Doc("t1", Provenance.ofFile("t"), text, SourceMap.identity(text.length()), meta);
    }

    @Test
    void stagesDeclareTheLayersTheyNeedAndAdd() {
        assertEquals(Set.of(), new SentenceStage().needs());
        assertEquals(Set.of(SentenceSplitter.LAYER), new SentenceStage().adds());
        assertEquals(Set.of(SentenceSplitter.LAYER), new TokenStage().needs());
        assertEquals(Set.of(Tokenizer.LAYER), new TokenStage().adds());
        assertEquals("sentences", SentenceSplitter.LAYER.name());
        assertEquals("tokens", Tokenizer.LAYER.name());
    }

    @Test
    void sentenceAndTokenStagesAnnotateAnArticle() {
        Doc doc = doc(ARTICLE);
        new SentenceStage().process(doc);
        new TokenStage().process(doc);

        List<TextSpan> sentences = doc.get(SentenceSplitter.LAYER);
        assertEquals(List.of(
                "الكرملين: بوتين يحذر من عقوبات جديدة",
                "أكد المتحدث باسم الكرملين، دميتري بيسكوف، اليوم الأربعاء، أن الرئيس. فلاديمير بوتين "
                        + "حذر نظيره الأمريكي. جو بايدن من فرض عقوبات.",
                "وقال بيسكوف للصحفيين: \"نحن مستعدون للحوار. لكن بشروطنا\".",
                "وبلغت نسبة التضخم 8.4% في روسيا خلال الـ12 شهرا الماضية، بحسب د. أحمد سالم."),
                sentences.stream().map(doc::textOf).toList());

        List<Token> tokens = doc.get(Tokenizer.LAYER);
        int previousEnd = 0;
        for (Token t : tokens) {
            assertTrue(t.start() >= previousEnd, "tokens are ordered and disjoint");
            assertTrue(sentences.stream().anyMatch(s -> s.contains(t)), "every token lies in a sentence");
            previousEnd = t.end();
        }
        Token number = tokens.stream().filter(t -> doc.textOf(t).equals("8.4")).findFirst().orElseThrow();
        assertEquals(Token.Kind.NUMBER, number.kind());
        Token twelve = tokens.stream().filter(t -> doc.textOf(t).equals("الـ12")).findFirst().orElseThrow();
        assertEquals("12", twelve.stem());
        Token journalists = tokens.stream().filter(t -> doc.textOf(t).equals("للصحفيين")).findFirst().orElseThrow();
        assertEquals("صحفيين", journalists.stem());
        assertEquals("صحفيين", ARTICLE.substring(journalists.stemStart(), journalists.end()));
    }

    @Test
    void tokenStageOnADocWithoutSentencesAddsNoTokens() {
        Doc doc = doc("نص بلا جمل");
        new TokenStage().process(doc);
        assertTrue(doc.has(Tokenizer.LAYER));
        assertTrue(doc.get(Tokenizer.LAYER).isEmpty());
    }

    @Test
    void stageWritesItsLayerOnce() {
        Doc doc = doc("جملة أولى.");
        SentenceStage stage = new SentenceStage();
        stage.process(doc);
        assertThrows(IllegalStateException.class, () -> stage.process(doc));
    }
}
