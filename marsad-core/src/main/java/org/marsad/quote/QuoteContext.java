package org.marsad.quote;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.doc.Doc;
import org.marsad.doc.Span;
import org.marsad.doc.TextSpan;
import org.marsad.entity.EntityType;
import org.marsad.entity.article.ArticleEntity;
import org.marsad.entity.article.ArticleEntityStage;
import org.marsad.entity.article.Mention;
import org.marsad.text.Lexicon;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;
import org.marsad.time.Timex;
import org.marsad.time.TimexTagger;

/**
 * An article as the quote finder reads it: its tokens, and for each token the entity mention and
 * the role that cover it and whether a time expression does, so each question the finder asks of a
 * token is an array read.
 */
final class QuoteContext {
    private static final Lexicon PREPOSITIONS = Lexicon.load("quote/prepositions.txt");
    private static final Lexicon ADVERBS = Lexicon.load("quote/adverbs.txt");
    private static final Lexicon COMPLEMENTIZERS = Lexicon.load("quote/complementizers.txt");

    final String text;
    final List<Token> tokens;
    final List<Mention> mentions;
    private final Map<Integer, ArticleEntity> entities = new HashMap<>();
    /** The mention covering each token, or -1. */
    private final int[] mentionAt;
    /** The mention whose role covers each token, or -1. */
    private final int[] roleAt;
    private final boolean[] inTimex;
    private final Map<Integer, Quotation> quotationAt = new HashMap<>();
    private final Map<Integer, Quotation> quotationClosedAt = new HashMap<>();

    QuoteContext(Doc doc, List<Quotation> quotations) {
        text = doc.text();
        tokens = doc.get(Tokenizer.LAYER);
        mentions = doc.get(ArticleEntityStage.LAYER);
        for (ArticleEntity e : doc.get(ArticleEntityStage.ENTITIES)) {
            entities.put(e.index(), e);
        }
        mentionAt = new int[tokens.size()];
        roleAt = new int[tokens.size()];
        Arrays.fill(mentionAt, -1);
        Arrays.fill(roleAt, -1);
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            mark(mentionAt, m.start(), m.end(), i);
            if (m.hasRole() && !m.byRole()) {
                mark(roleAt, m.roleStart(), m.roleEnd(), i);
            }
        }
        inTimex = new boolean[tokens.size()];
        for (Timex t : doc.get(TimexTagger.LAYER)) {
            for (int k = tokenAt(t.start()); k >= 0 && k < tokens.size() && tokens.get(k).start() < t.end(); k++) {
                inTimex[k] = true;
            }
        }
        for (Quotation q : quotations) {
            quotationAt.put(q.open(), q);
            if (q.closed()) {
                quotationClosedAt.put(q.close(), q);
            }
        }
    }

    private void mark(int[] at, int start, int end, int value) {
        for (int k = tokenAt(start); k >= 0 && k < tokens.size() && tokens.get(k).start() < end; k++) {
            if (at[k] < 0) {
                at[k] = value;
            }
        }
    }

    /** The index of the first token that ends after {@code offset}. */
    int tokenAt(int offset) {
        return Span.firstEndingAfter(tokens, offset);
    }

    /** The token indexes {@code [first, last)} of a sentence. */
    int[] tokensOf(TextSpan sentence) {
        return new int[] {tokenAt(sentence.start()), tokenAt(sentence.end())};
    }

    Token token(int k) {
        return tokens.get(k);
    }

    Mention mentionAt(int k) {
        return mentionAt[k] < 0 ? null : mentions.get(mentionAt[k]);
    }

    /** The person whose role covers token {@code k}, or null. */
    Mention roleHolderAt(int k) {
        return roleAt[k] < 0 ? null : mentions.get(roleAt[k]);
    }

    boolean inTimex(int k) {
        return inTimex[k];
    }

    /** The quotation whose opening mark is token {@code k}, or null. */
    Quotation quotationAt(int k) {
        Token t = tokens.get(k);
        return t.kind() == Token.Kind.PUNCT ? quotationAt.get(t.start()) : null;
    }

    /** The quotation whose closing mark is token {@code k}, or null. */
    Quotation quotationClosedAt(int k) {
        Token t = tokens.get(k);
        return t.kind() == Token.Kind.PUNCT ? quotationClosedAt.get(t.start()) : null;
    }

    Collection<ArticleEntity> entities() {
        return entities.values();
    }

    /** Whether the speaker is one of the article's persons. */
    boolean isPerson(Speaker s) {
        ArticleEntity e = s.isNamed() ? entities.get(s.entity()) : null;
        return e != null && e.type() == EntityType.PER;
    }

    /** The speaker a mention names: its entity, by the fullest name the article gives it. */
    Speaker speakerOf(Mention m) {
        ArticleEntity e = entities.get(m.entity());
        String name = e != null && e.name() != null ? e.name() : text.substring(m.start(), m.end());
        return new Speaker(name, m.entity(), m.start(), m.end());
    }

    boolean isPunct(int k, char c) {
        Token t = tokens.get(k);
        return t.kind() == Token.Kind.PUNCT && t.length() == 1 && text.charAt(t.start()) == c;
    }

    boolean isComma(int k) {
        return isPunct(k, '،') || isPunct(k, ',') || isPunct(k, '؛') || isPunct(k, ';');
    }

    boolean isPreposition(int k) {
        Token t = tokens.get(k);
        return t.isWord() && PREPOSITIONS.containsKey(t.norm());
    }

    /** A preposition, alone or after و/ف ({@code في}, {@code وفي}), or a word carrying one ({@code بدوره}). */
    boolean opensWithPreposition(int k) {
        Token t = tokens.get(k);
        return t.isWord() && (PREPOSITIONS.containsKey(t.norm()) || PREPOSITIONS.containsKey(t.stem()))
                || hasPrepositionPrefix(k);
    }

    boolean isAdverb(int k) {
        Token t = tokens.get(k);
        return t.isWord() && (ADVERBS.containsKey(t.norm()) || ADVERBS.containsKey(t.stem()));
    }

    boolean isComplementizer(int k) {
        Token t = tokens.get(k);
        return t.isWord() && COMPLEMENTIZERS.containsKey(t.norm());
    }

    /** A proclitic written apart ({@code بـ"}, {@code لـ "}): the token is its prefix alone. */
    boolean isBareClitic(int k) {
        Token t = tokens.get(k);
        return t.isWord() && t.stem().isEmpty();
    }

    /** Whether a preposition (ب، ل، ك) is glued to the word, so it cannot be a subject. */
    boolean hasPrepositionPrefix(int k) {
        String p = tokens.get(k).proclitics();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == 'ب' || c == 'ل' || c == 'ك') {
                // ل of the article after ل (لل) or the article's own ل (ال) are not prepositions
                boolean article = c == 'ل' && i > 0 && p.charAt(i - 1) == 'ا';
                if (!article) {
                    return true;
                }
            }
        }
        return false;
    }
}
