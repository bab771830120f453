package org.marsad.story.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.story.StoryArticle;
import org.marsad.text.Lexicon;
import org.marsad.text.Token;

/**
 * The terms an article is compared on: the stems of its content words (stop words and
 * one-letter remnants left out), the headline's counted twice since it names the story, and its
 * corpus entities, whose ids already join the spellings of one name across outlets.
 */
public final class TermCounter {
    /** Entity ids are kept apart from words by a prefix no word starts with. */
    static final String ENTITY = "#";
    private static final int HEADLINE_WEIGHT = 2;
    /**
     * People and organisations name a story better than places: a city hosts many unrelated
     * stories in a week, a minister or a company few.
     */
    private static int entityWeight(String type) {
        return switch (type == null ? "" : type) {
            case "PER", "ORG" -> 3;
            case "LOC" -> 1;
            default -> 2;
        };
    }

    private final Lexicon stopWords = Lexicon.stopWords();

    public Map<String, Integer> count(StoryArticle article, List<Token> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        int bodyStart = article.bodyStart();
        for (Token t : tokens) {
            if (!isContent(t)) {
                continue;
            }
            counts.merge(t.stem(), t.start() < bodyStart ? HEADLINE_WEIGHT : 1, Integer::sum);
        }
        for (StoryArticle.Mention m : article.entities()) {
            if (m.entity() != null) {
                counts.merge(ENTITY + m.entity(), entityWeight(m.type()), Integer::sum);
            }
        }
        return counts;
    }

    /** Whether a token is a content word: an Arabic word of three letters or more, not a stop word. */
    public boolean isContent(Token t) {
        return t.kind() == Token.Kind.WORD && t.stem().length() >= 3 && !stopWords.containsKey(t.norm())
                && !stopWords.containsKey(t.stem());
    }
}
