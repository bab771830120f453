package org.marsad.entity.ner;

import java.util.List;
import java.util.Objects;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * What the recogniser sees of one token: its surface, its normalised form, the stem left after
 * proclitics ({@code وبالرياض} → {@code رياض}), the proclitics themselves ({@code وبال}), and its
 * kind. Built from a {@link Token} of a document, or from a pre-tokenised word (CoNLL), which
 * goes through the same {@link Tokenizer} so both paths see the same analysis.
 */
public record Word(String surface, String norm, String stem, String prefix, Token.Kind kind) {
    private static final Tokenizer TOKENIZER = new Tokenizer();

    public Word {
        Objects.requireNonNull(surface);
        Objects.requireNonNull(norm);
        Objects.requireNonNull(stem);
        Objects.requireNonNull(prefix);
        Objects.requireNonNull(kind);
    }

    /** The view of a token of {@code text}. */
    public static Word of(Token token, CharSequence text) {
        String surface = text.subSequence(token.start(), token.end()).toString();
        String norm = token.norm();
        String stem = token.stem().isEmpty() ? norm : token.stem();
        return new Word(surface, norm, stem, norm.substring(0, norm.length() - stem.length()), token.kind());
    }

    /**
     * The view of one pre-tokenised word. A word our tokenizer would split ({@code 10%},
     * {@code U.S.}) keeps the analysis of its first part, with the rest appended to norm and stem.
     */
    public static Word of(String surface) {
        List<Token> tokens = TOKENIZER.tokenize(surface);
        if (tokens.isEmpty()) {
            return new Word(surface, surface, surface, "", Token.Kind.SYMBOL);
        }
        Word first = of(tokens.get(0), surface);
        if (tokens.size() == 1) {
            return new Word(surface, first.norm, first.stem, first.prefix, first.kind);
        }
        StringBuilder rest = new StringBuilder();
        for (int i = 1; i < tokens.size(); i++) {
            rest.append(tokens.get(i).norm());
        }
        return new Word(surface, first.norm + rest, first.stem + rest, first.prefix, first.kind);
    }

    /**
     * The word without its conjunction or preposition but with its article ({@code وبالرياض} →
     * {@code الرياض}, {@code للرئيس} → {@code الرئيس}): the form trigger words are listed in.
     */
    public String base() {
        if (prefix.isEmpty()) {
            return norm;
        }
        return prefix.endsWith("ال") || prefix.endsWith("لل") ? "ال" + stem : stem;
    }

    /** The form under which word classes are learnt and looked up: the stem, numbers folded to one. */
    public String classKey() {
        return kind == Token.Kind.NUMBER ? "0" : stem;
    }
}
