package org.marsad.dating;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.doc.TextSpan;
import org.marsad.text.Lexicon;
import org.marsad.text.Token;
import org.marsad.time.Timex;

/**
 * The content words of sentences that hold time expressions: the stems that say what happened
 * then (مكالمة، جنيف، الفيديو), without function words and without the time expressions
 * themselves, which would make every "Thursday" look like every other. Words that name a kind of
 * event (هاتفية، مكالمة → PHONE) are replaced by their kind, listed in {@code event-kinds.txt}.
 */
final class ContextWords {
    private static final Lexicon STOP_WORDS = Lexicon.stopWords();
    private static final int MIN_LENGTH = 3;
    /** Marks a word that stands for an event kind, so it cannot collide with a real word. */
    static final char KIND = '#';
    private static final Map<String, String> KINDS = loadKinds();

    private ContextWords() {
    }

    /** One array of distinct stems per sentence; sentences, tokens and timexes in text order. */
    static List<String[]> of(List<TextSpan> sentences, List<Token> tokens, List<Timex> timexes) {
        List<String[]> out = new ArrayList<>(sentences.size());
        int k = 0;
        int x = 0;
        for (TextSpan s : sentences) {
            Set<String> words = new LinkedHashSet<>();
            while (k < tokens.size() && tokens.get(k).start() < s.start()) {
                k++;
            }
            for (; k < tokens.size() && tokens.get(k).end() <= s.end(); k++) {
                Token tok = tokens.get(k);
                while (x < timexes.size() && timexes.get(x).end() <= tok.start()) {
                    x++;
                }
                boolean inTimex = x < timexes.size() && timexes.get(x).start() < tok.end();
                if (!inTimex && isContent(tok)) {
                    String kind = KINDS.get(tok.stem());
                    words.add(kind != null ? kind : tok.stem());
                }
            }
            out.add(words.toArray(String[]::new));
        }
        return out;
    }

    static boolean isKind(String word) {
        return word.charAt(0) == KIND;
    }

    private static Map<String, String> loadKinds() {
        Map<String, String> kinds = new HashMap<>();
        for (String line : Lexicon.load("dating/event-kinds.txt").entries()) {
            String[] words = line.split(" ");
            for (int k = 1; k < words.length; k++) {
                kinds.put(Lexicon.key(words[k]), KIND + words[0]);
            }
        }
        return kinds;
    }

    private static boolean isContent(Token tok) {
        return tok.isWord() && tok.stem().length() >= MIN_LENGTH && !STOP_WORDS.containsKey(tok.norm())
                && !STOP_WORDS.containsKey(tok.stem());
    }
}
