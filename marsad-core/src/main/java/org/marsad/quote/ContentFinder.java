package org.marsad.quote;

import org.marsad.quote.SpeechVerbs.Content;
import org.marsad.quote.SpeechVerbs.Verb;
import org.marsad.text.Lexicon;
import org.marsad.text.Token;
import org.marsad.text.Words;

/**
 * Finds what a speech verb introduces, reading on from its subject: a quotation or a colon (a
 * direct quote), a clause opened by أن / إن / بأن (an indirect one), or, for the verbs that take
 * one, a noun phrase ({@code أكد الكرملين ضرورة ...}, {@code أعرب عن أمله}).
 *
 * <p>Between the verb and what was said the press puts adjuncts: the addressee ({@code
 * للصحفيين}), times, adverbs, and prepositional phrases ({@code في تغريدة على "تويتر"}, {@code
 * ردا على سؤال حول ...}). A quotation inside such a phrase is a name, not speech, so a quotation
 * only counts when no preposition stands right before it.
 */
final class ContentFinder {
    /** How far past the subject what was said may start. */
    private static final int MAX_GAP = 30;
    /** A quotation this long is speech even where a name could stand. */
    private static final int MIN_SPEECH_WORDS = 5;
    /** How many tokens of commas, times, adverbs and prepositions may stand between a name in marks and the speech it heads. */
    private static final int MAX_LEAD = 6;

    /** What a verb introduces: its kind and where it starts; a direct quote carries its quotation. */
    record Found(Quote.Kind kind, int start, Quotation quotation) {
    }

    private final QuoteContext ctx;

    ContentFinder(QuoteContext ctx) {
        this.ctx = ctx;
    }

    Found find(Verb verb, int from, int limit) {
        boolean inAdjunct = false;
        String preposition = null;
        for (int u = from; u < limit && u - from <= MAX_GAP; u++) {
            Token t = ctx.token(u);
            if (t.kind() == Token.Kind.PUNCT) {
                Quotation q = ctx.quotationAt(u);
                if (q != null) {
                    if (quotes(verb) && isSpeech(q, u, from, inAdjunct)) {
                        return new Found(Quote.Kind.DIRECT, q.start(), q);
                    }
                    u = ctx.tokenAt(q.closed() ? q.close() + 1 : q.end()) - 1;
                    continue;
                }
                if (ctx.isPunct(u, ':')) {
                    return quotes(verb) ? afterColon(u, limit) : null;
                }
                if (ctx.isComma(u)) {
                    inAdjunct = false;
                    preposition = null;
                    continue;
                }
                if (ctx.isPunct(u, '.') || ctx.isPunct(u, '؟') || ctx.isPunct(u, '!')) {
                    return null;
                }
                continue;
            }
            if (ctx.inTimex(u) || ctx.isAdverb(u) || ctx.isBareClitic(u)) {
                continue;
            }
            if (ctx.isComplementizer(u)) {
                if (!verb.takes(Content.THAT, preposition) && !verb.takes(Content.THAT, null)) {
                    return null;
                }
                Quotation q = u + 1 < limit ? ctx.quotationAt(u + 1) : null;
                if (q != null && quotes(verb) && (words(ctx, q) >= MIN_SPEECH_WORDS || endsClause(q))) {
                    return new Found(Quote.Kind.DIRECT, q.start(), q);
                }
                // a few quoted words inside a reported clause (أن "بعد التثبت" وجد ...): the clause is what was said
                return new Found(Quote.Kind.INDIRECT, t.start(), null);
            }
            if (ctx.isPreposition(u)) {
                String p = Lexicon.key(t.norm());
                if (!inAdjunct && verb.takes(Content.NOUN, p) && u + 1 < limit && !ctx.isComplementizer(u + 1)) {
                    return new Found(Quote.Kind.INDIRECT, ctx.token(u + 1).start(), null);
                }
                if (!inAdjunct && verb.takesPreposition(p)) {
                    preposition = p;
                    continue;
                }
                inAdjunct = true;
                continue;
            }
            SpeechVerbs.Verb participle = SpeechVerbs.of(t.stem());
            if (participle != null && participle.participle()) {
                verb = participle; // وتابع البيان موضحا أن: the participle says what follows
                continue;
            }
            if (ctx.hasPrepositionPrefix(u) || ctx.mentionAt(u) != null) {
                inAdjunct |= ctx.hasPrepositionPrefix(u);
                continue;
            }
            if (!inAdjunct && preposition == null && !t.hasArticle() && verb.takes(Content.NOUN, null)) {
                return new Found(Quote.Kind.INDIRECT, t.start(), null);
            }
        }
        return null;
    }

    /**
     * Whether a quotation met after a verb is what was said rather than a name. A long one is
     * speech wherever it stands; a short one is speech when it ends its clause ({@code قال: "نعم".})
     * or follows the speaker right after a comma ({@code أكد بوتين، "اقتناعه" بإمكانية ...}), and
     * never inside a prepositional phrase ({@code في تغريدة على "تويتر"}) or after a noun ({@code
     * موقع "بي.سي ماجازين" المتخصص}).
     */
    private boolean isSpeech(Quotation q, int u, int from, boolean inAdjunct) {
        if (words(ctx, q) >= MIN_SPEECH_WORDS) {
            return true;
        }
        if (inAdjunct || u > 0 && (ctx.isPreposition(u - 1) || ctx.isBareClitic(u - 1)) || introducesSpeechAfter(q)) {
            return false;
        }
        if (u == from || ctx.isComma(u - 1) || ctx.isPunct(u - 1, ':')) {
            return true;
        }
        return endsClause(q);
    }

    /** Whether punctuation or the end of the text follows the quotation. */
    private boolean endsClause(Quotation q) {
        int next = q.closed() ? ctx.tokenAt(q.close() + 1) : ctx.tokens.size();
        return next >= ctx.tokens.size() || ctx.token(next).kind() == Token.Kind.PUNCT;
    }

    /**
     * Whether what was said comes after the short quotation: a colon or أن / إن after it, past
     * commas, times, adverbs and prepositions ({@code ذكرت وكالة الأنباء "أنسا" السبت أن},
     * {@code وقال "شهاب": "..."}, {@code ويشير العم "عبدالله الحكيم" إلى أن}). The quotation was
     * then a name in marks beside the speaker, not speech.
     */
    private boolean introducesSpeechAfter(Quotation q) {
        if (!q.closed()) {
            return false;
        }
        int n = ctx.tokens.size();
        for (int k = ctx.tokenAt(q.close() + 1), seen = 0; k < n && seen < MAX_LEAD; k++, seen++) {
            if (ctx.isPunct(k, ':') || ctx.isComplementizer(k)) {
                return true;
            }
            if (!(ctx.isComma(k) || ctx.inTimex(k) || ctx.isAdverb(k) || ctx.isPreposition(k))) {
                return false;
            }
        }
        return false;
    }

    static int words(QuoteContext ctx, Quotation q) {
        return Words.of(ctx.text, q.start(), q.end()).length;
    }

    private static boolean quotes(Verb verb) {
        return verb.takes(Content.QUOTE, null);
    }

    /** After a colon: the quotation that opens there, or else the rest of the sentence, unmarked. */
    private Found afterColon(int colon, int limit) {
        if (colon + 1 >= limit) {
            return null;
        }
        Quotation q = ctx.quotationAt(colon + 1);
        if (q != null) {
            return new Found(Quote.Kind.DIRECT, q.start(), q);
        }
        return new Found(Quote.Kind.DIRECT, ctx.token(colon + 1).start(), null);
    }
}
