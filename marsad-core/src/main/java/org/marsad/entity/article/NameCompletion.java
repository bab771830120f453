package org.marsad.entity.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.marsad.entity.EntityMention;
import org.marsad.entity.EntityType;
import org.marsad.entity.role.Role;
import org.marsad.entity.role.RoleFinder;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Lexicon;
import org.marsad.text.Token;

/**
 * A person given a title and a first name is given a surname too: where the recogniser stops at
 * the first name ({@code وزيرة الخارجية البريطانية ليز} in {@code ... ليز تراس إن}), a surname that
 * is also an ordinary word, the bare word after it is taken into the name when the clause goes on
 * after that word with a comma, a full stop or the إن/أن of reported speech, as it does after a
 * name, and not as it does after a verb ({@code خالد يصل إلى}); a word the news corpus uses often
 * ({@code أوضح}) is not taken.
 */
final class NameCompletion {
    private static final Lexicon FIRST_NAMES = Lexicon.load("text/first-names.txt");
    private static final Lexicon NAME_WORDS = Lexicon.load("entity/ner/wikidata-name-words.txt");
    private static final Lexicon STOP_WORDS = Lexicon.stopWords();
    private static final Lexicon SPEECH_PARTICLES = Lexicon.of("speech particles", List.of("إن", "أن", "ان"));
    /** Shorter words are too often particles. */
    private static final int MIN_LETTERS = 3;
    /**
     * A word the news corpus uses this often is a verb or a noun (أوضح), not a surname that only
     * looks like one; تراس, a terrace, is rarer.
     */
    private static final int MAX_SURNAME_COUNT = 1000;

    private NameCompletion() {
    }

    /** {@code mentions} with the lone first names that hold a role completed; the same list when none is. */
    static List<EntityMention> complete(String text, List<Token> tokens, List<EntityMention> mentions, List<Role> roles,
                                        boolean[] timexed, ToIntFunction<String> corpusCount) {
        Set<Integer> holders = new HashSet<>();
        for (Role r : roles) {
            holders.add(r.holderStart());
        }
        List<EntityMention> out = null;
        int t = 0;
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            while (t < tokens.size() && tokens.get(t).end() <= m.start()) {
                t++;
            }
            int next = t + 1;
            boolean lone = t < tokens.size() && tokens.get(t).end() == m.end();
            boolean free = next < tokens.size() && (i + 1 >= mentions.size() || mentions.get(i + 1).start() >= tokens.get(next).end());
            if (m.type() == EntityType.PER && lone && free && holders.contains(m.start()) && isFirstName(tokens.get(t))
                    && isSurname(tokens, next, timexed) && corpusCount.applyAsInt(tokens.get(next).stem()) < MAX_SURNAME_COUNT
                    && !RoleFinder.lineBreakBetween(text, tokens.get(t), tokens.get(next)) && endsName(text, tokens, next + 1)) {
                out = out != null ? out : new ArrayList<>(mentions.subList(0, i));
                out.add(new EntityMention(m.start(), tokens.get(next).end(), EntityType.PER));
            } else if (out != null) {
                out.add(m);
            }
        }
        return out != null ? out : mentions;
    }

    private static boolean isFirstName(Token t) {
        return !t.hasArticle() && (FIRST_NAMES.containsKey(t.stem()) || NAME_WORDS.containsKey(t.stem()));
    }

    /** A bare word: no clitic, no article, no date, not a particle or a title. */
    private static boolean isSurname(List<Token> tokens, int k, boolean[] timexed) {
        Token t = tokens.get(k);
        return t.isWord() && !timexed[k] && t.proclitics().isEmpty() && !t.hasArticle()
                && t.norm().length() >= MIN_LETTERS && ArabicNormalizer.isArabicLetter(t.norm().charAt(0))
                && !STOP_WORDS.containsKey(t.norm()) && !RoleFinder.isTitle(t);
    }

    /**
     * After a name the clause goes on with a comma or a full stop, or with the إن/أن of reported
     * speech; after a verb, with its object or a preposition.
     */
    private static boolean endsName(String text, List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(k);
        if (t.isWord()) {
            return t.proclitics().isEmpty() && SPEECH_PARTICLES.containsKey(t.norm());
        }
        char c = text.charAt(t.start());
        return c == '،' || c == ',' || c == '.';
    }
}
