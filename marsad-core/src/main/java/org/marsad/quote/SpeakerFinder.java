package org.marsad.quote;

import java.util.ArrayList;
import java.util.List;
import org.marsad.entity.EntityType;
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
    /** How long an adverb opening a sentence before its verb may be ({@code وفي المقابل،}). */
    private static final int MAX_OPENER_WORDS = 3;
    /** Words that may stand between a verb and its subject. */
    private static final int MAX_SKIPPED = 4;
    /** The longest phrase kept for an unnamed source. */
    private static final int MAX_SOURCE_WORDS = 8;
    /** The longest untagged definite phrase taken as a subject. */
    private static final int MAX_DEFINITE_WORDS = 4;
    /** How many indefinite words a title may chain before its definite word ({@code وكيل وزارة الشؤون}). */
    private static final int MAX_CONSTRUCT = 3;
    /** How far after a title the name of its holder may come. */
    private static final int MAX_TITLE_TAIL = 6;
    /** A quotation this short, with its clause going on after it, names someone. */
    static final int MAX_QUOTED_NAME_WORDS = 4;
    /** Prepositions that stay inside an unnamed source's phrase ({@code مصدر في الإدارة}, {@code مطلع على}). */
    private static final Lexicon BINDING = Lexicon.of("binding prepositions", List.of("في", "من", "على", "عن", "لدى", "باسم"));
    private static final Lexicon STOP_WORDS = Lexicon.stopWords();
    /** {@code كان} and its forms, which put the subject before the verb they carry. */
    private static final Lexicon AUXILIARIES = Lexicon.of("auxiliaries", List.of("كان", "كانت", "كانوا", "كانا", "كانتا"));

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
        Quotation quoted = ctx.quotationAt(u);
        if (quoted != null) {
            return quotedName(quoted, limit);
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
        if (end == u || end >= limit || !saysNext(end)) {
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
    private boolean saysNext(int k) {
        if (ctx.isPreposition(k)) {
            return k + 1 < ctx.tokens.size() && ctx.isComplementizer(k + 1);
        }
        return ctx.isComplementizer(k) || ctx.isComma(k) || ctx.isPunct(k, ':') || ctx.quotationAt(k) != null;
    }

    /** The subject written just before a verb at {@code verb} ({@code زاخاروفا، أكدت}), or null. */
    Speaker before(int verb, int first) {
        int u = verb - 1;
        while (u >= first && (ctx.isComma(u) || ctx.inTimex(u) || isPerfectParticle(u))) {
            u--;
        }
        if (u < first) {
            return null;
        }
        Mention holder = ctx.roleHolderAt(u);
        Mention m = holder != null ? holder : ctx.mentionAt(u);
        if (m == null) {
            return null;
        }
        // في منطقة نجران، أوضح: a name governed by a preposition is not the subject
        int k = ctx.tokenAt(holder != null && m.roleStart() < m.start() ? m.roleStart() : m.start());
        boolean governed = ctx.hasPrepositionPrefix(k) || k > first && (ctx.isPreposition(k - 1)
                || ctx.token(k - 1).isWord() && !ctx.token(k - 1).hasArticle() && ctx.mentionAt(k - 1) == null
                && ctx.roleHolderAt(k - 1) == null && !ctx.inTimex(k - 1) && !AUXILIARIES.containsKey(ctx.token(k - 1).stem()));
        return governed ? null : ctx.speakerOf(m);
    }

    /**
     * The {@code قد} of the pluperfect: {@code وكان ستولتنبرغ قد أعلن} puts the subject between
     * {@code كان} and {@code قد}, and the verb after them.
     */
    boolean isPerfectParticle(int u) {
        Token t = ctx.token(u);
        return t.isWord() && t.proclitics().isEmpty() && t.norm().equals("قد");
    }

    /**
     * The subject of the sentence that a participle at {@code end} goes with ({@code وتتهم الولايات
     * المتحدة ...، مؤكدة أن}): the subject of the verb that opens the sentence, or the name that
     * opens it; null when neither is written there.
     */
    Speaker subjectOf(int first, int end) {
        Speaker s = verbSubject(first, end);
        if (s != null) {
            return s;
        }
        Mention holder = ctx.roleHolderAt(first);
        Mention m = holder != null ? holder : ctx.mentionAt(first);
        return m == null ? null : ctx.speakerOf(m);
    }

    /**
     * The subject of the verb that opens the sentence, after a short opening adverb if there is one
     * ({@code من جانبها، وصفت المتحدثة ...}); null when it has none written.
     */
    Speaker verbSubject(int first, int end) {
        // وفي برلين، رحب ...: a sentence opening with a preposition has its verb after the comma
        boolean adverbial = ctx.opensWithPreposition(first);
        Subject s = first + 1 < end && !adverbial ? after(first + 1, end, null) : null;
        int comma = openingComma(first, end, adverbial);
        if (s == null && comma >= 0 && comma + 2 < end) {
            s = after(comma + 2, end, null);
        }
        return s == null ? null : s.speaker();
    }

    /**
     * The comma that closes a short opening adverb ({@code من جانبها،}, {@code وفي المقابل،}) or, in
     * a sentence that opens with a preposition, any short opening phrase ({@code وفي برلين،}); or -1.
     */
    private int openingComma(int first, int end, boolean adverbial) {
        for (int k = first + 1; k < end && k <= first + MAX_OPENER_WORDS; k++) {
            if (ctx.isComma(k)) {
                return adverbial || QuoteReader.CLAUSE_OPENERS.containsKey(ctx.token(k - 1).stem()) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * A name in quotation marks as the subject ({@code قال «لواء شهداء الإسلام» التابع للمعارضة
     * إن}): a short quotation that the clause goes on after is a name, not what was said.
     */
    private Subject quotedName(Quotation q, int limit) {
        if (!q.closed() || ContentFinder.words(ctx, q) > MAX_QUOTED_NAME_WORDS) {
            return null;
        }
        int next = ctx.tokenAt(q.close() + 1);
        if (next >= limit || !ctx.token(next).isWord()) {
            return null;
        }
        Mention m = ctx.mentionAt(ctx.tokenAt(q.start()));
        Speaker s = m != null ? ctx.speakerOf(m) : new Speaker(ctx.text.substring(q.start(), q.end()), -1, q.start(), q.end());
        return new Subject(s, next);
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
        if (!ctx.token(u).hasArticle()) {
            // بحسب وصف المدعي العام: an author named by title or as a source
            int v = authorStart(u, limit);
            Token t = v < limit ? ctx.token(v) : null;
            boolean described = t != null && t.isWord() && (SOURCES.containsKey(t.stem()) || RoleFinder.isTitle(t));
            return described ? unnamed(v, limit) : null; // تقرير سابق: a document no one is credited with
        }
        Speaker s = lastStatement(ctx.token(u).start());
        if (s == null) {
            s = current;
        }
        return s == null ? null : new Subject(s, u + 1);
    }

    /** The author named right after a statement noun at {@code u}, or null. */
    private Mention authorOf(int u, int limit) {
        int v = authorStart(u, limit);
        if (v >= limit) {
            return null;
        }
        Mention holder = ctx.roleHolderAt(v);
        return holder != null ? holder : ctx.mentionAt(v);
    }

    /** Where the author of a statement noun at {@code u} is named: next, or after صادر عن. */
    private int authorStart(int u, int limit) {
        int v = u + 1;
        if (v < limit && ISSUED.containsKey(ctx.token(v).norm())) {
            v += 2;
        }
        return v;
    }

    /**
     * An unnamed source or a title with no name: the noun and what qualifies it, as one phrase
     * ({@code مصدر مقرب من محادثات فيينا}). A title is the person the article gave it, or the
     * person named right after it ({@code رئيس «إف بي آي»، جيمس كومي}).
     */
    private Subject unnamed(int u, int limit) {
        boolean title = RoleFinder.isTitle(ctx.token(u)) && !SOURCES.containsKey(ctx.token(u).stem());
        int end = u + 1;
        while (end < limit && end - u < MAX_SOURCE_WORDS && inPhrase(end, title)) {
            Quotation q = ctx.quotationAt(end);
            end = q != null && q.closed() ? ctx.tokenAt(q.close() + 1) : end + 1;
        }
        while (end - 1 > u && ctx.isPreposition(end - 1)) {
            end--; // مصدر مقرب من: the preposition went with what follows
        }
        Token first = ctx.token(u);
        Token last = ctx.token(Math.min(end, limit) - 1);
        int start = first.start() + conjunctionLength(first);
        String phrase = ctx.text.substring(start, last.end());
        Mention named = title ? nameAfterTitle(end, limit) : null;
        if (named != null) {
            return new Subject(ctx.speakerOf(named), after(named, limit));
        }
        ArticleEntity titled = title ? holderOf(phrase) : null;
        if (titled != null) {
            return new Subject(new Speaker(titled.name(), titled.index(), start, last.end()), end);
        }
        return new Subject(new Speaker(phrase, -1, start, last.end()), end);
    }

    /**
     * Whether the word at {@code k} goes on an unnamed source's phrase. A source is qualified by
     * anything up to a new clause ({@code مصدر مقرب من محادثات فيينا}); a title only by definite
     * words and names ({@code الرئيس المصري}, not {@code الرئيس المصري كلمته}).
     */
    private boolean inPhrase(int k, boolean title) {
        Token t = ctx.token(k);
        if (ctx.quotationAt(k) != null) {
            return true;
        }
        Mention m = ctx.mentionAt(k);
        if (title && m != null && m.type() == EntityType.PER) {
            return false; // the holder's name ends the title
        }
        if (!t.isWord() || ctx.isComplementizer(k) || ctx.inTimex(k) || ctx.isBareClitic(k)
                || SpeechVerbs.of(t.stem()) != null && !t.hasArticle()) {
            return false;
        }
        if (conjunctionLength(t) > 0 || ctx.hasPrepositionPrefix(k) && !t.hasArticle()) {
            return false; // فقد، وأضاف: a new clause; لوكالة: the addressee
        }
        if (ctx.isPreposition(k)) {
            return BINDING.containsKey(t.norm()) && (!title || k + 1 < ctx.tokens.size() && definite(k + 1));
        }
        return !title || definite(k) || inConstruct(k);
    }

    /** An indefinite word of a title in the construct state: definite words follow it ({@code رئيس هيئة قناة السويس}). */
    private boolean inConstruct(int k) {
        for (int j = k + 1; j < ctx.tokens.size() && j <= k + MAX_CONSTRUCT; j++) {
            Token t = ctx.token(j);
            if (!t.isWord() || conjunctionLength(t) > 0 || ctx.isPreposition(j)) {
                return false;
            }
            if (definite(j)) {
                return true;
            }
        }
        return false;
    }

    /** The person a title introduces, named a few words on ({@code مدير إدارة الزيارة بالمسجد النبوي ياسر الجيار}). */
    private Mention nameAfterTitle(int end, int limit) {
        for (int k = end; k < limit && k < end + MAX_TITLE_TAIL; k++) {
            Mention m = ctx.mentionAt(k);
            if (m != null && m.type() == EntityType.PER) {
                return m;
            }
            if (ctx.isComplementizer(k) || ctx.isPunct(k, ':') || ctx.quotationAt(k) != null) {
                return null;
            }
        }
        return null;
    }

    private boolean definite(int k) {
        return ctx.token(k).hasArticle() || ctx.mentionAt(k) != null;
    }

    /** The person the article gave this title, if one has it ({@code وكيل الوزارة} → مشوح الحوشان). */
    private ArticleEntity holderOf(String title) {
        String key = Names.key(title);
        if (key.indexOf(' ') < 0) {
            return null; // الرئيس alone: which one the article does not say here
        }
        for (ArticleEntity e : ctx.entities()) {
            for (String role : e.roles()) {
                String r = Names.key(role);
                if (r.equals(key) || r.startsWith(key + " ")) {
                    return e;
                }
            }
        }
        return null;
    }

    /** How many letters of a word are a conjunction (و، ف) glued to it. */
    private static int conjunctionLength(Token t) {
        String p = t.proclitics();
        int n = 0;
        while (n < p.length() && (p.charAt(n) == 'و' || p.charAt(n) == 'ف')) {
            n++;
        }
        return n;
    }

    /** The token after a mention, and after its role when the role follows the name. */
    private int after(Mention m, int limit) {
        int end = Math.max(m.end(), m.hasRole() ? m.roleEnd() : m.end());
        int k = ctx.tokenAt(end);
        return Math.min(k, limit);
    }
}
