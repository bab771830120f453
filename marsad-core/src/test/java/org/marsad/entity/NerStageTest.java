package org.marsad.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.doc.ArticleMeta;
import org.marsad.doc.Doc;
import org.marsad.doc.Provenance;
import org.marsad.doc.SourceMap;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.SentenceStage;
import org.marsad.text.Token;
import org.marsad.text.TokenStage;
import org.marsad.text.Tokenizer;

class NerStageTest {
    private static Doc doc(String text) {
        ArticleMeta meta = new ArticleMeta(null, null, List.of(), null, null, null, null, false, null, null, "ar");
        Doc d = new Doc("t", Provenance.ofFile("t.txt"), text, SourceMap.identity(text.length()), meta);
        new SentenceStage().process(d);
        new TokenStage().process(d);
        return d;
    }

    private static String start(String word) {
        Token t = new Tokenizer().tokenize(word).get(0);
        return word.substring(NerStage.nameStart(word, t));
    }

    @Test
    void aMentionLeavesOutConjunctionsAndPrepositionsButKeepsTheArticle() {
        assertEquals("بغداد", start("وبغداد"));
        assertEquals("الرياض", start("بالرياض"));
        assertEquals("الرياض", start("وبالرياض"));
        assertEquals("الرياض", start("الرياض"));
        assertEquals("أوباما", start("أوباما"));
    }

    @Test
    void whereLamSwallowedTheArticleTheMentionIsTheStem() {
        assertEquals("رياض", start("للرياض"));
    }

    @Test
    void aLoneFaOrKafIsTakenForTheNamesFirstLetter() {
        assertEquals("فياتشيسلاف", start("فياتشيسلاف"));
        assertEquals("كارين", start("كارين"));
    }

    @Test
    void aNameWordThatOnlyLooksCliticisedIsKeptWhole() {
        assertEquals("ويندي", start("ويندي"));
        assertEquals("بريجيت", start("بريجيت"));
        assertEquals("لوكاس", start("لوكاس"));
        // the rest is a name of its own: the letter is a clitic
        assertEquals("بايدن", start("وبايدن"));
        assertEquals("بوتين", start("لبوتين"));
    }

    @Test
    void lamBeforeTheArticleIsLeftOutOfAShortName() {
        assertEquals("بيت", start("للبيت"));
    }

    @Test
    void twoPeopleJoinedByWaAreTwoMentions() {
        String text = "أجرى فلاديمير بوتين وجو بايدن محادثات";
        List<Token> tokens = new Tokenizer().tokenize(text);
        List<EntityMention> out = new ArrayList<>();
        NerStage.addMentions(text, tokens, List.of("O", "B-PER", "I-PER", "I-PER", "I-PER", "O"), out);
        assertEquals(List.of("فلاديمير بوتين", "جو بايدن"), out.stream().map(m -> m.textIn(text)).toList());
    }

    @Test
    void harakatOnASkippedProcliticStayWithIt() {
        assertEquals("بَغداد", start("وَبَغداد"));
    }

    @Test
    void bioTagsBecomeMentionsWithTextOffsets() {
        String text = "قال الرئيس باراك أوباما في وبالرياض";
        List<Token> tokens = new Tokenizer().tokenize(text);
        List<EntityMention> out = new ArrayList<>();
        NerStage.addMentions(text, tokens, List.of("O", "O", "B-PER", "I-PER", "O", "B-LOC"), out);
        assertEquals(2, out.size());
        assertEquals("باراك أوباما", out.get(0).textIn(text));
        assertEquals(EntityType.PER, out.get(0).type());
        assertEquals("الرياض", out.get(1).textIn(text));
        assertEquals(EntityType.LOC, out.get(1).type());
    }

    @Test
    void adjacentMentionsOfOneTypeStaySeparate() {
        String text = "بين مصر وسوريا";
        List<EntityMention> out = new ArrayList<>();
        NerStage.addMentions(text, new Tokenizer().tokenize(text), List.of("O", "B-LOC", "B-LOC"), out);
        assertEquals(List.of("مصر", "سوريا"), out.stream().map(m -> m.textIn(text)).toList());
    }

    @Test
    void theStageAddsMentionsOfTheBundledModel() {
        Doc d = doc("قال الرئيس الأمريكي باراك أوباما في واشنطن إن الأمم المتحدة ستجتمع.\n\nوصل أوباما إلى القاهرة.");
        NerStage stage = new NerStage();
        assertTrue(stage.needs().contains(SentenceSplitter.LAYER));
        assertTrue(stage.needs().contains(Tokenizer.LAYER));
        stage.process(d);
        List<EntityMention> mentions = d.get(NerStage.LAYER);
        List<String> found = mentions.stream().map(m -> d.textOf(m) + "/" + m.type()).toList();
        assertTrue(found.contains("واشنطن/LOC"), found.toString());
        assertTrue(found.contains("القاهرة/LOC"), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.contains("أوباما") && f.endsWith("/PER")), found.toString());
        for (EntityMention m : mentions) {
            assertTrue(m.end() <= d.text().length());
        }
    }
}
