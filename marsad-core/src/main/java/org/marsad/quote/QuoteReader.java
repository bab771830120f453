package org.marsad.quote;

import java.util.ArrayList;
import java.util.List;
import org.marsad.doc.TextSpan;
import org.marsad.quote.ContentFinder.Found;
import org.marsad.quote.SpeakerFinder.Subject;
import org.marsad.quote.SpeechVerbs.Verb;
import org.marsad.text.Lexicon;
import org.marsad.text.Token;

/**
 * Reads one article's quotes, sentence by sentence, in the order a reader meets them, so that a
 * verb with no subject of its own ({@code وأضاف}, {@code ووفقا له}, {@code لافتا أن}) goes to the
 * speaker met last.
 *
 * <p>What one speaker says in one sentence is one quote: a participle or a second verb inside a
 * reported clause ({@code أن ...، مشيرا إلى أن ...}) continues it. A verb inside the clause with a
 * speaker of its own after a comma ({@code ...، فيما قال X إن}) starts a new one; a verb nested in
 * the clause without a comma ({@code أن بايدن أكد ...}) is part of what was reported.
 */
final class QuoteReader {
    private static final Lexicon ATTRIBUTIONS = Lexicon.load("quote/attribution.txt");
    static final Lexicon CLAUSE_OPENERS = Lexicon.load("quote/clause-openers.txt");
    private static final Lexicon RELAYS = Lexicon.load("clean/agencies.txt");
    private static final Lexicon OUTLETS = Lexicon.load("clean/outlets.txt");
    private static final Lexicon PRONOUNS = Lexicon.of("pronouns", List.of("له", "لها", "لهم", "لهما"));
    private static final Lexicon IN_IT = Lexicon.of("in it", List.of("فيه", "فيها"));
    /** How many sentences from the lead on a verb without a subject may still be the lead's subject's. */
    private static final int LEAD_SENTENCES = 2;
    /** A paragraph quoted on its own after a quote counts as its continuation from this many words. */
    private static final int MIN_CONTINUATION_WORDS = 5;
    /** Fewer words before a closing attribution ({@code جاء ذلك بحسب}) point back rather than report. */
    private static final int MIN_REPORTED_WORDS = 4;

    /** A quote found at a cue, and whether its speaker is written at the cue. */
    private record Candidate(Quote quote, boolean named) {
    }

    private final QuoteContext ctx;
    private final SpeakerFinder speakers;
    private final ContentFinder contents;
    private final List<Quote> quotes = new ArrayList<>();
    private Speaker last;
    /** The person the lead is about, who says what a bare verb introduces until someone is quoted. */
    private Speaker lead;
    /** The end of the last direct quote: its words are not read for further cues. */
    private int consumed;

    QuoteReader(QuoteContext ctx) {
        this.ctx = ctx;
        this.speakers = new SpeakerFinder(ctx);
        this.contents = new ContentFinder(ctx);
    }

    List<Quote> read(List<TextSpan> sentences) {
        speakers.rememberStatements();
        lead = sentences.isEmpty() ? null : leadSubject(sentences.get(0));
        for (int i = 0; i < sentences.size(); i++) {
            if (last == null || last == lead) {
                // before anyone is quoted, a verb without a subject right after the lead (حيث قال:
                // "...") is said by the person the lead is about; further on, by someone else
                last = i < LEAD_SENTENCES ? lead : null;
            }
            int[] range = ctx.tokensOf(sentences.get(i));
            read(range[0], range[1]);
        }
        return quotes;
    }

    /** The person the opening verb of the lead has as its subject, or null. */
    private Speaker leadSubject(TextSpan sentence) {
        int[] range = ctx.tokensOf(sentence);
        Speaker s = speakers.verbSubject(range[0], range[1]);
        return s != null && ctx.isPerson(s) ? s : null;
    }

    private void read(int first, int limit) {
        Quote current = null;
        for (int u = first; u < limit; u++) {
            if (ctx.token(u).start() < consumed) {
                continue;
            }
            Candidate c = candidateAt(u, first, limit, current);
            if (c == null) {
                continue;
            }
            Quote q = c.quote;
            if (current != null && current.kind() == Quote.Kind.INDIRECT && q.cueStart() < current.end()) {
                int cut = endBefore(u - (opener(u - 1, first) ? 1 : 0), first);
                if (!c.named || q.speaker().entity() == current.speaker().entity() || !opensClause(u, first)
                        || cut <= current.start()) {
                    continue; // said by the same speaker, or nested in what was reported
                }
                quotes.set(quotes.size() - 1, current.withEnd(cut));
            }
            quotes.add(q);
            last = q.speaker();
            current = q;
            if (q.kind() == Quote.Kind.DIRECT) {
                consumed = q.end();
            }
        }
    }

    private Candidate candidateAt(int u, int first, int limit, Quote current) {
        Token t = ctx.token(u);
        if (t.kind() == Token.Kind.PUNCT) {
            return continuation(u);
        }
        if (!t.isWord() || t.hasArticle() || ctx.hasPrepositionPrefix(u)) {
            return null;
        }
        Verb verb = SpeechVerbs.of(t.stem());
        if (verb != null && isCue(u, first, verb)) {
            return fromVerb(u, verb, first, limit, current);
        }
        if (ATTRIBUTIONS.containsKey(t.stem())) {
            return fromAttribution(u, first, limit, current);
        }
        if (t.stem().equals(SpeechVerbs.CAME_IN.lemma())) {
            return fromStatement(u, limit);
        }
        return null;
    }

    /** A speech verb: its subject, what it introduces, and who said it when no subject is written. */
    private Candidate fromVerb(int u, Verb verb, int first, int limit, Quote current) {
        Speaker now = current == null ? null : current.speaker();
        Subject subject = verb.participle() ? null : speakers.after(u + 1, limit, now != null ? now : last);
        Speaker speaker = subject == null ? null : subject.speaker();
        Found found = contents.find(verb, subject == null ? u + 1 : subject.next(), limit);
        if (found == null) {
            // "...", قال بيسكوف: the verb follows what was said
            Quotation q = quotationBefore(u, first);
            return q == null || speaker == null ? null : candidate(new Found(Quote.Kind.DIRECT, q.start(), q), u,
                    limit, speaker, true);
        }
        boolean named = speaker != null;
        if (speaker == null) {
            speaker = verb.participle() ? (now != null ? now : speakers.subjectOf(first, u)) : speakers.before(u, first);
        }
        if (speaker == null && last != null && last == lead && hasLetters(ctx.token(u).end(), found.start())) {
            return null; // وقال المركز الإعلامي إن: a subject is written, only not recognised; not the lead's person
        }
        return candidate(found, u, limit, speaker != null ? speaker : last, named);
    }

    /** {@code ووفقا له، ...}, {@code بحسب الوزارة، ...}, {@code ...، نقلا عن مصدر}. */
    private Candidate fromAttribution(int u, int first, int limit, Quote current) {
        if (current != null) {
            return null; // حسبما أفاد الكرملين after a quote that has its speaker
        }
        int v = u + 1;
        while (v < limit && ctx.isBareClitic(v) || v < limit && ctx.token(v).norm().equals("عن")) {
            v++; // وفقا لـ، نقلا عن
        }
        if (v >= limit) {
            return null;
        }
        Subject source = PRONOUNS.containsKey(ctx.token(v).norm())
                ? (last == null ? null : new Subject(last, v + 1))
                : speakers.after(v, limit, last);
        if (source == null) {
            return null;
        }
        Speaker speaker = source.speaker();
        boolean opening = u == first || u == first + 1 && ctx.token(first).kind() == Token.Kind.PUNCT;
        if (opening) {
            // what was said follows the source, after a comma or a resumptive ف (بحسب المصدر فقد ...)
            int start = source.next();
            while (start < limit && (ctx.isComma(start) || ctx.isBareClitic(start))) {
                start++;
            }
            if (start >= limit || SpeechVerbs.of(ctx.token(start).stem()) != null) {
                return null; // بحسب بيان الصندوق، أعربت لاجارد عن ...: the verb names who spoke
            }
            return candidate(new Found(Quote.Kind.INDIRECT, ctx.token(start).start(), null), u, limit, speaker, true);
        }
        int end = endBefore(u, first);
        if (u - first < MIN_REPORTED_WORDS) {
            return null; // جاء ذلك بحسب ...: what was said is told elsewhere
        }
        Quote q = new Quote(ctx.token(first).start(), end, Quote.Kind.INDIRECT, ctx.token(u).start(),
                ctx.token(u).end(), speaker);
        return isRelay(speaker) ? null : new Candidate(q, true);
    }

    /** {@code وجاء في بيان الكرملين أن ...}, {@code بيان ... جاء فيه أن ...}. */
    private Candidate fromStatement(int u, int limit) {
        if (u + 1 >= limit) {
            return null;
        }
        Subject subject;
        if (IN_IT.containsKey(ctx.token(u + 1).norm())) {
            Speaker s = speakers.lastStatement(ctx.token(u).end() + 1);
            subject = s == null ? null : new Subject(s, u + 2);
        } else if (ctx.isPreposition(u + 1) && u + 2 < limit && speakers.isDocument(u + 2)) {
            subject = speakers.statement(u + 2, limit, last);
        } else {
            return null;
        }
        if (subject == null) {
            return null;
        }
        Found found = contents.find(SpeechVerbs.CAME_IN, subject.next(), limit);
        return found == null ? null : candidate(found, u, limit, subject.speaker(), true);
    }

    /**
     * A paragraph that is all quotation, right after a direct quote: the same speaker goes on
     * (the press opens each quoted paragraph with a mark and names the speaker once).
     */
    private Candidate continuation(int u) {
        Quotation q = ctx.quotationAt(u);
        if (q == null || quotes.isEmpty()) {
            return null;
        }
        Quote previous = quotes.get(quotes.size() - 1);
        if (previous.kind() != Quote.Kind.DIRECT || previous.end() > q.open()
                || hasLetters(previous.end(), q.open()) || ContentFinder.words(ctx, q) < MIN_CONTINUATION_WORDS) {
            return null;
        }
        return new Candidate(new Quote(q.start(), q.end(), Quote.Kind.DIRECT, previous.cueStart(), previous.cueEnd(),
                previous.speaker()), false);
    }

    private Candidate candidate(Found found, int u, int limit, Speaker speaker, boolean named) {
        if (speaker == null || isRelay(speaker)) {
            return null;
        }
        int end = found.quotation() != null ? found.quotation().end() : endBefore(limit, 0);
        if (end <= found.start()) {
            return null;
        }
        Token cue = ctx.token(u);
        return new Candidate(new Quote(found.start(), end, found.kind(), cue.start(), cue.end(), speaker), named);
    }

    /**
     * Whether the word at {@code u} is used as a speech verb: a finite verb opens its clause (after
     * a conjunction, punctuation, a time, a clause opener such as كما or فيما, or its own subject),
     * and a participle follows a comma.
     */
    private boolean isCue(int u, int first, Verb verb) {
        if (ctx.mentionAt(u) != null) {
            return false; // طالب in علي بن أبي طالب
        }
        Token t = ctx.token(u);
        if (u == first || !t.proclitics().isEmpty()) {
            return true;
        }
        int prev = u - 1;
        if (verb.participle()) {
            return ctx.isComma(prev);
        }
        Token p = ctx.token(prev);
        boolean boundary = p.kind() == Token.Kind.PUNCT && !QuotationMarks.isMark(ctx.text.charAt(p.start()));
        return boundary || ctx.inTimex(prev) || CLAUSE_OPENERS.containsKey(p.norm())
                || speakers.before(u, first) != null;
    }

    /** Whether a verb inside a reported clause starts a clause of its own ({@code ...، فيما قال}). */
    private boolean opensClause(int u, int first) {
        int prev = u - 1;
        if (opener(prev, first)) {
            prev--;
        }
        return prev >= first && ctx.isComma(prev);
    }

    /** Whether token {@code k} opens a clause ({@code فيما}, {@code بينما}): it belongs to what follows, not to the quote before. */
    private boolean opener(int k, int first) {
        return k >= first && CLAUSE_OPENERS.containsKey(ctx.token(k).norm());
    }

    /** The quotation that closes right before the verb at {@code u} ({@code "..."، قال}), if not yet a quote. */
    private Quotation quotationBefore(int u, int first) {
        int k = u - 1;
        while (k >= first && ctx.isComma(k)) {
            k--;
        }
        if (k < first) {
            return null;
        }
        Quotation q = ctx.quotationClosedAt(k);
        return q != null && q.start() >= consumed && ContentFinder.words(ctx, q) >= 2 ? q : null;
    }

    /** The end of the last word before token {@code u} in its sentence. */
    private int endBefore(int u, int first) {
        for (int k = u - 1; k >= first; k--) {
            Token t = ctx.token(k);
            if (t.kind() != Token.Kind.PUNCT) {
                return t.end();
            }
        }
        return ctx.token(first).start();
    }

    /** News agencies and outlets relay what others say; crediting them is sourcing, not a quote. */
    private static boolean isRelay(Speaker s) {
        String name = s.name();
        return RELAYS.contains(name) || OUTLETS.contains(name)
                || name.startsWith("وكالة ") && RELAYS.contains(name.substring("وكالة ".length()));
    }

    private boolean hasLetters(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(ctx.text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

}
