package org.marsad.entity.role;

import java.util.List;
import org.marsad.entity.EntityType;
import org.marsad.text.Lexicon;
import org.marsad.text.Token;

/**
 * What each token can be in a role phrase. A role is a noun phrase in the construct state
 * ({@code نائب رئيس إدارة الرئاسة الروسية}): a head noun from {@code role/heads.txt}, then definite
 * nouns and adjectives, names of organisations and places, indefinite nouns that are themselves
 * followed by a complement, and the few prepositions that bind a function to its institution
 * ({@code باسم}, {@code لدى}, {@code في}, {@code ل}).
 */
final class RoleWords {
    /** The part a token plays; {@link #STOP} ends a role phrase. */
    enum Part { HEAD, DEFINITE, NAME, NOUN, LINK, STOP }

    private static final Lexicon HEADS = Lexicon.load("entity/role/heads.txt");
    private static final Lexicon HONORIFICS = Lexicon.load("entity/role/honorifics.txt");
    private static final Lexicon LINKS = Lexicon.of("role links", List.of("باسم", "لدى", "في", "عن", "لشؤون"));
    private static final Lexicon STOP_WORDS = Lexicon.stopWords();
    /** باسم with a pronoun for the body just named ({@code الكرملين ... المتحدث باسمه}). */
    private static final Lexicon PRONOUN_LINKS = Lexicon.of("pronoun links", List.of("باسمه", "باسمها", "باسمهم", "باسمهما"));

    private RoleWords() {
    }

    /**
     * The part of {@code token}; {@code inName} is the type of the entity mention covering it, or
     * null, and {@code inTimex} whether a time expression covers it.
     */
    static Part partOf(Token token, EntityType inName, boolean inTimex) {
        if (!token.isWord() || inTimex || inName == EntityType.PER) {
            return Part.STOP;
        }
        if (inName != null) {
            return Part.NAME;
        }
        if (isHead(token)) {
            return Part.HEAD;
        }
        if (LINKS.containsKey(token.norm())) {
            return Part.LINK;
        }
        if (PRONOUN_LINKS.containsKey(token.norm())) {
            return Part.DEFINITE; // المتحدث باسمه: the pronoun is the link's complement, and the phrase may end there
        }
        boolean definite = token.hasArticle();
        // a stop word's stem may be an adjective once it takes the article (عام, but الأمين العام)
        if (STOP_WORDS.containsKey(token.norm()) || !definite && STOP_WORDS.containsKey(token.stem())) {
            return Part.STOP;
        }
        return definite ? Part.DEFINITE : Part.NOUN;
    }

    /**
     * How many of the tokens {@code from..to} (inclusive), counted back from {@code to}, are a form
     * of address or a rank ({@code الدكتور}, {@code صاحب السمو الملكي الأمير}), up to all of them.
     */
    static int trailingHonorifics(String text, List<Token> tokens, int from, int to) {
        int end = to;
        boolean cut = true;
        while (cut && end >= from) {
            cut = false;
            for (int words = Math.min(HONORIFICS.maxWords(), end - from + 1); words >= 1 && !cut; words--) {
                int start = end - words + 1;
                if (HONORIFICS.contains(text.substring(tokens.get(start).start(), tokens.get(end).end()))) {
                    end = start - 1;
                    cut = true;
                }
            }
        }
        return to - end;
    }

    static boolean isHead(Token token) {
        return HEADS.containsKey(token.stem());
    }

    /** Whether a conjunction or preposition is glued to the token, so a phrase cannot run on to its left. */
    static boolean opensPhrase(Token token) {
        String prefix = token.proclitics();
        return !prefix.isEmpty() && !prefix.equals("ال");
    }
}
