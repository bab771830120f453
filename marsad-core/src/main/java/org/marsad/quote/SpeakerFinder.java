package org.marsad.quote;

import java.util.ArrayList;
import java.util.List;
import org.marsad.entity.Names;
import org.marsad.entity.article.ArticleEntity;
import org.marsad.entity.article.Mention;
import org.marsad.entity.role.RoleFinder;
import org.marsad.text.Lexicon;
import org.marsad.text.Token;

/**
 * Finds who a speech verb credits. Arabic news puts the subject right after the verb ({@code وقال
 * بيسكوف}, {@code أوضح الناطق باسم الكرملين، دميتري بيسكوف}) and less often before it ({@code
 * ماريا زاخاروفا، أكدت}); a body speaks through its statements ({@code جاء في بيان الكرملين},
 * {@code وتابع البيان}); an unnamed source is kept as the phrase that describes it ({@code مصدر في
 * الإدارة الرئاسية الروسية}).
 */
final class SpeakerFinder {
    private static final Lexicon DOCUMENTS = Lexicon.load("quote/documents.txt");
    private static final Lexicon SOURCES = Lexicon.load("quote/sources.txt");
    private static final Lexicon ISSUED = Lexicon.of("issued by", List.of("صادر", "صادرة", "الصادر", "الصادرة"));
    /** Words that may stand between a verb and its subject. */
    private static final int MAX_SKIPPED = 4;
    /** The longest phrase kept for an unnamed source. */
    private static final int MAX_SOURCE_WORDS = 8;
    /** The longest untagged definite phrase taken as a subject. */
    private static final int MAX_DEFINITE_WORDS = 4;
    private static final Lexicon STOP_WORDS = Lexicon.stopWords();

    /** A subject found: the speaker, and the token after it. */
    record Subject(Speaker speaker, int next) {
    }

    private final QuoteContext ctx;
    /** A statement the article names, where, and who issued it. */
    private record Statement(int at, Speaker author) {
    }

    /** The statements whose author the article names, in text order. */
    private final List<Statement> statements = new ArrayList<>();

    SpeakerFinder(QuoteContext ctx) {
        this.ctx = ctx;
    }

    /** The subject that follows a verb, from token {@code from} on, or null when none is written. */
    Subject after(int from, int limit, Speaker current) {
        int u = from;
        for (int skipped = 0; u < limit && skipped < MAX_SKIPPED
                && (ctx.isComma(u) || ctx.inTimex(u) || ctx.isAdverb(u)); skipped++) {
            u++;
        }
        if (u >= limit) {
            return null;
        }
        Token t = ctx.token(u);
        if (!t.isWord() || ctx.hasPrepositionPrefix(u)) {
            return null;
        }
        Mention holder = ctx.roleHolderAt(u);
        if (holder != null) {
            return new Subject(ctx.speakerOf(holder), after(holder, limit));
        }
        Mention m = ctx.mentionAt(u);
        if (m != null) {
            return new Subject(ctx.speakerOf(m), after(m, limit));
        }
        if (isDocument(u)) {
            return statement(u, limit, current);
        }
        if (SOURCES.containsKey(t.stem()) || RoleFinder.isTitle(t)) {
            return unnamed(u, limit);
        }
        return t.hasArticle() ? definite(u, limit) : null;
    }

    /**
     * A subject the recogniser left untagged, such as a short name of a body ({@code لفتت الخارجية
     * الروسية إلى أن}): definite words right before what was said. It names the article's entity
     * whose name ends with it ({@code وزارة الخارجية الروسية}), or else stands as written.
     */
    private Subject definite(int u, int limit) {
        int end = u;
        while (end < limit && end - u < MAX_DEFINITE_WORDS && ctx.token(end).isWord() && ctx.token(end).hasArticle()
                && !ctx.inTimex(end) && !STOP_WORDS.containsKey(ctx.token(end).norm())) {
            end++;
        }
        if (end == u || end >= limit || !saysNext(end, limit)) {
            return null;
        }
        Token first = ctx.token(u);
        Token last = ctx.token(end - 1);
        String phrase = ctx.text.substring(first.start(), last.end());
        String key = Names.key(phrase);
        for (ArticleEntity e : ctx.entities()) {
            if (e.name() != null && !e.name().equals(phrase) && Names.key(e.name()).endsWith(" " + key)) {
                return new Subject(new Speaker(e.name(), e.index(), first.start(), last.end()), end);
            }
        }
        return new Subject(new Speaker(phrase, -1, first.start(), last.end()), end);
    }

    /** Whether what was said starts at {@code k}: a complementizer (after a preposition), a comma, a colon or a quotation. */
    private boolean saysNext(int k, int limit) {
        if (ctx.isPreposition(k) && k + 1 < limit) {
            k++;
        }
        return ctx.isComplementizer(k) || ctx.isComma(k) || ctx.isPunct(k, ':') || ctx.quotationAt(k) != null;
    }

    /** The subject written just before a verb at {@code verb} ({@code زاخاروفا، أكدت}), or null. */
    Speaker before(int verb, int first) {
        int u = verb - 1;
        while (u >= first && (ctx.isComma(u) || ctx.inTimex(u))) {
            u--;
        }
        if (u < first) {
            return null;
        }
        Mention holder = ctx.roleHolderAt(u);
        if (holder != null) {
            return ctx.speakerOf(holder);
        }
        Mention m = ctx.mentionAt(u);
        return m == null ? null : ctx.speakerOf(m);
    }

    /** The first entity named in {@code [first, end)} that is not the object of a preposition. */
    Speaker firstNamed(int first, int end) {
        for (int u = first; u < end; u++) {
            Mention holder = ctx.roleHolderAt(u);
            Mention m = holder != null ? holder : ctx.mentionAt(u);
            if (m != null && !ctx.hasPrepositionPrefix(u) && (u == first || !ctx.isPreposition(u - 1))) {
                return ctx.speakerOf(m);
            }
        }
        return null;
    }

    /**
     * The author of the statement named by {@code جاء فيه}: the statement nearest before {@code at},
     * or null.
     */
    Speaker lastStatement(int at) {
        for (int i = statements.size() - 1; i >= 0; i--) {
            if (statements.get(i).at < at) {
                return statements.get(i).author;
            }
        }
        return null;
    }

    /**
     * Notes every statement whose author the article names ({@code جاء ذلك بحسب بيان صادر عن
     * الكرملين}), so that a later {@code البيان} or {@code جاء فيه} finds its author.
     */
    void rememberStatements() {
        int n = ctx.tokens.size();
        for (int u = 0; u < n; u++) {
            if (isDocument(u)) {
                Mention author = authorOf(u, n);
                if (author != null) {
                    statements.add(new Statement(ctx.token(u).start(), ctx.speakerOf(author)));
                }
            }
        }
    }

    boolean isDocument(int u) {
        Token t = ctx.token(u);
        return t.isWord() && DOCUMENTS.containsKey(t.stem());
    }

    /**
     * A statement as subject: its author is named after it ({@code بيان الكرملين}, {@code بيان
     * للبيت الأبيض}, {@code بيان صادر عن الكرملين}); a statement named alone ({@code البيان}) is the
     * last one the article spoke of, or the current speaker's.
     */
    Subject statement(int u, int limit, Speaker current) {
        Mention author = authorOf(u, limit);
        if (author != null) {
            return new Subject(ctx.speakerOf(author), after(author, limit));
        }
        Speaker s = lastStatement(ctx.token(u).start());
        if (s == null) {
            s = current;
        }
        return s == null ? null : new Subject(s, u + 1);
    }

    /** The author named right after a statement noun at {@code u}, or null. */
    private Mention authorOf(int u, int limit) {
        int v = u + 1;
        if (v < limit && ISSUED.containsKey(ctx.token(v).norm())) {
            v += 2; // صادر عن / من
        }
        if (v >= limit) {
            return null;
        }
        Mention holder = ctx.roleHolderAt(v);
        return holder != null ? holder : ctx.mentionAt(v);
    }

    /** An unnamed source or a title with no name: the noun and what qualifies it, as one phrase. */
    private Subject unnamed(int u, int limit) {
        int end = u + 1;
        while (end < limit && end - u < MAX_SOURCE_WORDS) {
            Token t = ctx.token(end);
            if (!t.isWord() || ctx.isComplementizer(end) || ctx.inTimex(end)
                    || SpeechVerbs.of(t.stem()) != null && !t.hasArticle()) {
                break;
            }
            end++;
        }
        // a trailing preposition belongs to what follows (مصدر مقرب من → stop before من only if last)
        while (end - 1 > u && ctx.isPreposition(end - 1)) {
            end--;
        }
        Token first = ctx.token(u);
        Token last = ctx.token(end - 1);
        String phrase = ctx.text.substring(first.stemStart(), last.end());
        return new Subject(new Speaker(phrase, -1, first.stemStart(), last.end()), end);
    }

    /** The token after a mention, and after its role when the role follows the name. */
    private int after(Mention m, int limit) {
        int end = Math.max(m.end(), m.hasRole() ? m.roleEnd() : m.end());
        int k = ctx.tokenAt(end);
        return Math.min(k, limit);
    }
}
