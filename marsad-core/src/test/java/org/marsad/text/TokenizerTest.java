package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> surfaces(String text) {
        return tokenizer.tokenize(text).stream().map(t -> t.textIn(text)).collect(Collectors.toList());
    }

    private Token only(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        assertEquals(1, tokens.size(), tokens.toString());
        return tokens.get(0);
    }

    @Test
    void wordsNumbersAndPunctuationAreSeparateTokens() {
        assertEquals(List.of("وقال", "المتحدث", "،", "اليوم", ":", "«", "لا", "تعليق", "»", "."),
                surfaces("وقال المتحدث، اليوم: «لا تعليق»."));
    }

    @Test
    void wordKeepsItsHarakatAndTatweel() {
        String text = "مُحَـمَّدٌ";
        Token t = only(text);
        assertEquals(Token.Kind.WORD, t.kind());
        assertEquals("محمد", t.norm());
        assertEquals(text.length(), t.end());
    }

    @Test
    void articleAndConjunctionsAreStrippedFromTheStem() {
        Token t = only("وبالمفاوضات");
        assertEquals("وبالمفاوضات", t.norm());
        assertEquals("مفاوضات", t.stem());
        assertEquals(4, t.prefixLength());
        assertEquals(4, t.stemStart());
    }

    @Test
    void prefixLengthCountsSurfaceCharactersIncludingDiacritics() {
        String text = "وَبِالْمفاوضات";
        Token t = only(text);
        assertEquals("مفاوضات", t.stem());
        assertEquals("مفاوضات", text.substring(t.stemStart(), t.end()));
    }

    @Test
    void normFoldsTheWholeToken() {
        Token t = only("والإمارات");
        assertEquals("والامارات", t.norm());
        assertEquals("امارات", t.stem());
    }

    @Test
    void unstrippedWordHasStemEqualToNorm() {
        Token t = only("وزير");
        assertEquals("وزير", t.stem());
        assertEquals(0, t.prefixLength());
    }

    @Test
    void decimalsTimesDatesAndThousandsAreOneNumber() {
        assertEquals(List.of("1.5", "20:30", "1.1.2020", "١٬٥٠٠", "12/1/2022"), surfaces("1.5 20:30 1.1.2020 ١٬٥٠٠ 12/1/2022"));
        Token t = only("٥٧٫٧");
        assertEquals(Token.Kind.NUMBER, t.kind());
        assertEquals("57.7", t.norm());
    }

    @Test
    void stopAfterANumberIsNotPartOfIt() {
        assertEquals(List.of("عام", "2022", "."), surfaces("عام 2022."));
        assertEquals(List.of("عام", "2022", "م"), surfaces("عام 2022م"));
    }

    @Test
    void articleWithTatweelAttachesToTheNumberAfterIt() {
        Token t = only("الـ7");
        assertEquals(Token.Kind.NUMBER, t.kind());
        assertEquals("ال7", t.norm());
        assertEquals("7", t.stem());
        assertEquals(3, t.prefixLength());
    }

    @Test
    void prepositionWithTatweelAttachesToALatinWord() {
        Token t = only("لـCNN");
        assertEquals(Token.Kind.LATIN, t.kind());
        assertEquals("لcnn", t.norm());
        assertEquals("cnn", t.stem());
        assertEquals(2, t.prefixLength());
    }

    @Test
    void prepositionWithTatweelBeforeAQuotationStandsAloneWithEmptyStem() {
        String text = "بـ\"ردع العدوان\"";
        List<Token> tokens = tokenizer.tokenize(text);
        assertEquals(List.of("بـ", "\"", "ردع", "العدوان", "\""), surfaces(text));
        Token prefix = tokens.get(0);
        assertEquals(Token.Kind.WORD, prefix.kind());
        assertEquals("ب", prefix.norm());
        assertEquals("", prefix.stem());
        assertEquals(2, prefix.prefixLength());
    }

    @Test
    void latinWordsAreLowerCasedAndKeepDigitsAndApostrophes() {
        assertEquals(List.of("g7", "covid", "-", "19", "o'brien"),
                tokenizer.tokenize("G7 COVID-19 O'Brien").stream().map(Token::norm).collect(Collectors.toList()));
        assertEquals(Token.Kind.LATIN, only("Reuters").kind());
    }

    @Test
    void runOfFullStopsIsOneToken() {
        assertEquals(List.of("مقتنع", "..", "بأنه", "..."), surfaces("مقتنع.. بأنه..."));
    }

    @Test
    void symbolsAndEmojiAreSymbolTokens() {
        List<Token> tokens = tokenizer.tokenize("$ 🙂 +");
        assertEquals(3, tokens.size());
        assertTrue(tokens.stream().allMatch(t -> t.kind() == Token.Kind.SYMBOL));
        assertEquals(2, tokens.get(1).length());
    }

    @Test
    void arabicPercentSignIsFolded() {
        assertEquals("%", tokenizer.tokenize("٢٠٪").get(1).norm());
    }

    @Test
    void invisibleMarksAreNotTokens() {
        assertEquals(List.of("بيان", "رسمي"), surfaces("\u200Fبيان \u202Bرسمي\u202C"));
    }

    @Test
    void presentationFormsAreReadAsLetters() {
        Token t = only("ﻗﺎﻝ");
        assertEquals(Token.Kind.WORD, t.kind());
        assertEquals("قال", t.norm());
    }

    @Test
    void arabicLettersAndDigitsWithoutSpaceAreSeparateTokens() {
        assertEquals(List.of("عام", "2020", "قمة", "G20"), surfaces("عام2020 قمةG20"));
    }

    @Test
    void tokensOfARangeHaveOffsetsInTheWholeText() {
        String text = "العنوان\n\nأعلنت الوزارة";
        int from = text.indexOf("أعلنت");
        List<Token> tokens = tokenizer.tokenize(text, from, text.length());
        assertEquals(from, tokens.get(0).start());
        assertEquals("الوزارة", tokens.get(1).textIn(text));
    }

    @Test
    void rangeOutsideTheTextIsRejected() {
        assertThrows(IndexOutOfBoundsException.class, () -> tokenizer.tokenize("نص", 1, 5));
    }
}
