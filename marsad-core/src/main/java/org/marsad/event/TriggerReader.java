package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import org.marsad.event.EventWords.Cue;
import org.marsad.event.EventWords.Need;

/**
 * Reads the trigger words of one sentence and the cue words in a few words around each: the
 * qualifier a weak trigger needs (اتصال هاتفي، تدريبات عسكرية), the call word that makes talks a
 * call, the verb that makes the event happen (أجرى، عقد، خلال), and the words that announce or
 * threaten it. A cue belongs to the nearest trigger: the look stops at a clause end and at the
 * next trigger.
 *
 * <p>The windows were set on the five seed articles and checked by eye on SaudiNewsNet articles:
 * Arabic news puts a qualifier within a few words after its noun (محادثات خلف أبواب مغلقة عبر
 * تقنية الفيديو: six), the verb of a light-verb construction within three.
 */
final class TriggerReader {
    static final int QUALIFIER_AFTER = 6;
    /** Adjectives follow their noun: a qualifier before it is a subject right before (القوات ... تدريبات). */
    static final int QUALIFIER_BEFORE = 2;
    static final int MAKE_BEFORE = 3;
    static final int MAKE_AFTER = 3;
    static final int STATUS_BEFORE = 5;
    static final int STATUS_AFTER = 6;
    /** How far before its trigger a negation reaches ("لم يتم التوصل إلى اتفاق"). */
    static final int NOT_BEFORE = 4;
    /**
     * How many words may stand between a verb of arriving and its إلى, past the subject's name and
     * title (وصل ولي العهد الأمير محمد بن سلمان إلى); "حتى تصل أقصى مراحلها ... إلى" is no arrival.
     */
    static final int ARRIVE_WORDS = 2;
    /** How far after a verb of discussing its partner's مع may come (بحث ولي العهد مع ...). */
    static final int WITH_SPAN = 6;

    private TriggerReader() {
    }

    /** The candidate events of the tokens {@code [from, to)}, one sentence, in text order. */
    static List<Candidate> read(TokenMarks m, int from, int to) {
        List<Candidate> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (!m.isTrigger(k) || (k + 1 < to && m.is(k + 1, Cue.CANCEL))) {
                continue;
            }
            EventWords.Entry e = m.entry[k];
            Candidate c = new Candidate(k, e.type(), e.need());
            if (accept(m, from, to, c) && !negated(m, from, k)) {
                status(m, from, to, c);
                out.add(c);
            }
        }
        return out;
    }

    private static boolean accept(TokenMarks m, int from, int to, Candidate c) {
        int k = c.token;
        c.made = near(m, from, to, k, MAKE_BEFORE, MAKE_AFTER, Cue.MAKE);
        switch (c.need) {
            case TALKS -> {
                int q = qualifier(m, from, to, k, EventType.CALL);
                if (q >= 0) {
                    c.type = EventType.CALL;
                    c.made = true;
                    c.phraseEnd = q == k + 1 ? q : k;
                }
                return true;
            }
            case WEAK, WEAKVERB -> {
                int q = qualifier(m, from, to, k, c.type);
                if (q == k + 1) {
                    c.phraseEnd = q;
                }
                // a phone or video call is one occasion, as a meeting is; military drills are not
                c.made |= q >= 0 && c.type == EventType.CALL;
                return q >= 0;
            }
            case WITH -> {
                for (int j = k + 1; j < to && j <= k + WITH_SPAN && !m.isBoundary(j) && !m.isTrigger(j); j++) {
                    if (m.is(j, Cue.LINK)) {
                        return true;
                    }
                }
                return false;
            }
            case ARRIVE -> {
                // وصل (its subject,) إلى + a place; the place is read again by the party finder
                int words = 0;
                for (int j = k + 1; j < to && words <= ARRIVE_WORDS && PartyFinder.canPass(m, j, c); j++) {
                    if (m.is(j, Cue.DESTINATION)) {
                        return PartyFinder.placeAfter(m, j, to, c) >= 0;
                    }
                    words += countsAsWord(m, j) ? 1 : 0;
                }
                return false;
            }
            default -> {
                return true;
            }
        }
    }

    /** The nearest qualifier of {@code type} around trigger {@code k}, after it first; -1 when none. */
    private static int qualifier(TokenMarks m, int from, int to, int k, EventType type) {
        for (int j = k + 1; j < to && j <= k + QUALIFIER_AFTER && !m.isBoundary(j) && !m.isTrigger(j); j++) {
            if (m.entry[j] != null && m.entry[j].qualifies().contains(type)) {
                return j;
            }
        }
        for (int j = k - 1; j >= from && j >= k - QUALIFIER_BEFORE && !m.isBoundary(j) && !m.isTrigger(j); j--) {
            if (m.entry[j] != null && m.entry[j].qualifies().contains(type)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Whether a token with {@code cue} stands within {@code before} words before trigger {@code k}
     * or {@code after} after it; names, roles, dates and marks do not count ("فرضت وزارة الخزانة
     * الأمريكية عقوبات").
     */
    private static boolean near(TokenMarks m, int from, int to, int k, int before, int after, Cue cue) {
        int words = 0;
        for (int j = k - 1; j >= from && words < before && !m.isBoundary(j) && !m.isTrigger(j); j--) {
            if (m.is(j, cue)) {
                return true;
            }
            words += countsAsWord(m, j) ? 1 : 0;
        }
        words = 0;
        for (int j = k + 1; j < to && words < after && !m.isBoundary(j) && !m.isTrigger(j); j++) {
            if (m.is(j, cue)) {
                return true;
            }
            words += countsAsWord(m, j) ? 1 : 0;
        }
        return false;
    }

    private static boolean countsAsWord(TokenMarks m, int j) {
        return m.tokens.get(j).isWord() && !m.name[j] && m.timex[j] < 0;
    }

    /** Whether a negation stands right before the trigger in its clause: the event did not happen. */
    private static boolean negated(TokenMarks m, int from, int k) {
        for (int j = k - 1; j >= from && j >= k - NOT_BEFORE; j--) {
            if (m.isBoundary(j) || m.isTrigger(j) || m.is(j, Cue.CLAUSE)) {
                return false;
            }
            if (m.is(j, Cue.NOT)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Announced (المرتقبة، المقرر، a future verb such as ستلتقي or سيجري, a purpose such as لإجراء)
     * or threatened (في حال، مغبة، تهديد): read in the trigger's own clause, so the look back stops
     * at أن/إن.
     */
    private static void status(TokenMarks m, int from, int to, Candidate c) {
        int k = c.token;
        c.planned = m.future[k];
        for (int j = k - 1; j >= from && j >= k - STATUS_BEFORE; j--) {
            if (m.isBoundary(j) || m.isTrigger(j) || m.is(j, Cue.CLAUSE)) {
                break;
            }
            mark(m, j, c);
        }
        for (int j = k + 1; j < to && j <= k + STATUS_AFTER; j++) {
            if (m.isBoundary(j) || m.isTrigger(j)) {
                break;
            }
            mark(m, j, c);
        }
    }

    private static void mark(TokenMarks m, int j, Candidate c) {
        // a verb that makes the event, after ل, says what it is for: "وصلت لإجراء محادثات"، "للتوصل إلى اتفاق"
        boolean purpose = m.is(j, Cue.MAKE) && m.hasProclitic(j, 'ل');
        c.planned |= m.future[j] || m.is(j, Cue.PLANNED) || purpose;
        c.possible |= m.is(j, Cue.POSSIBLE);
    }
}
