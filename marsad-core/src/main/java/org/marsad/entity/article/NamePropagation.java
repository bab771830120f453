package org.marsad.entity.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.entity.EntityMention;
import org.marsad.entity.EntityType;
import org.marsad.entity.NerStage;
import org.marsad.entity.Names;
import org.marsad.text.Lexicon;
import org.marsad.text.Token;

/**
 * One name, one person per article: where the recogniser tagged a surname once and missed it
 * elsewhere ({@code وقالت تراس} after {@code ليز تروس}), the other occurrences become mentions too,
 * in the spelling written or one edit from it.
 */
final class NamePropagation {
    private static final Lexicon STOP_WORDS = Lexicon.stopWords();
    /** Shorter words are too often ordinary words. */
    private static final int MIN_LETTERS = 4;

    private NamePropagation() {
    }

    /** {@code mentions} with the untagged occurrences of its person surnames added, in text order. */
    static List<EntityMention> propagate(String text, List<Token> tokens, List<EntityMention> mentions) {
        Set<String> surnames = new HashSet<>();
        for (EntityMention m : mentions) {
            if (m.type() == EntityType.PER) {
                List<String> words = Names.words(m.textIn(text));
                String last = words.get(words.size() - 1);
                if (last.length() >= MIN_LETTERS) {
                    surnames.add(last);
                }
            }
        }
        if (surnames.isEmpty()) {
            return mentions;
        }
        List<EntityMention> out = new ArrayList<>(mentions.size() + 8);
        int m = 0;
        for (Token token : tokens) {
            while (m < mentions.size() && mentions.get(m).end() <= token.start()) {
                out.add(mentions.get(m++));
            }
            boolean covered = m < mentions.size() && mentions.get(m).start() < token.end();
            if (!covered && token.isWord() && isSurname(token, surnames)) {
                out.add(new EntityMention(NerStage.nameStart(text, token), token.end(), EntityType.PER));
            }
        }
        while (m < mentions.size()) {
            out.add(mentions.get(m++));
        }
        return out;
    }

    private static boolean isSurname(Token token, Set<String> surnames) {
        if (STOP_WORDS.containsKey(token.norm()) || STOP_WORDS.containsKey(token.stem())) {
            return false;
        }
        // the whole word too: the tokenizer takes the first letter of كوزاك for a clitic
        return isSurname(Names.key(token.stem()), surnames) || isSurname(Names.key(token.norm()), surnames);
    }

    private static boolean isSurname(String word, Set<String> surnames) {
        if (word.length() < MIN_LETTERS) {
            return false;
        }
        if (surnames.contains(word)) {
            return true;
        }
        for (String surname : surnames) {
            if (Names.closeSpellings(word, surname) && Names.editDistance(word, surname, 1) <= 1) {
                return true;
            }
        }
        return false;
    }
}
