package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.event.EventWords.Cue;
import org.marsad.event.EventWords.Entry;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

class EventWordsTest {
    private final EventWords words = EventWords.standard();
    private final Tokenizer tokenizer = new Tokenizer();

    private Entry at(String text, int k) {
        List<Token> tokens = tokenizer.tokenize(text);
        return words.at(tokens, k, 0);
    }

    @Test
    void aListedNounIsFoundWithItsProcliticsPronounAndAccusative() {
        assertEquals(EventType.VISIT, at("وخلال زيارته", 1).type());
        assertEquals(EventType.CALL, at("مكالمتهما", 0).type());
        assertEquals(EventType.CALL, at("اتصالاً", 0).type());
        assertEquals(EventType.MEETING, at("للاجتماع", 0).type());
    }

    @Test
    void theFutureFormOfAListedVerbIsItsVerbAndSaysSo() {
        List<Token> tokens = tokenizer.tokenize("ستلتقي وسيجري");
        Entry meet = words.at(tokens, 0, 0);
        assertEquals(EventType.MEETING, meet.type());
        assertTrue(EventWords.isFuture(tokens.get(0), meet));
        Entry hold = words.at(tokens, 1, 0);
        assertTrue(hold.is(Cue.MAKE));
        assertTrue(EventWords.isFuture(tokens.get(1), hold));
    }

    @Test
    void aWordStartingWithSinIsNoFutureVerbUnlessItsVerbIsListed() {
        assertNull(at("سياسة", 0));
        assertNull(at("سنوات", 0));
    }

    @Test
    void aTwoWordPhraseWinsOverItsLastWord() {
        assertTrue(at("في حال", 1).is(Cue.POSSIBLE));
        assertFalse(at("من خلال", 1).is(Cue.MAKE));
        assertTrue(at("خلال", 0).is(Cue.MAKE));
    }
}
