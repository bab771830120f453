package org.marsad.event;

import java.util.List;
import org.marsad.dating.DayRange;
import org.marsad.event.EventWords.Cue;
import org.marsad.time.Timex;

/**
 * Dates the events of one sentence from its time expressions. A time expression belongs first to
 * the nearest trigger before it in its clause ("الاتصال الهاتفي الذي جرى الخميس"، "محادثات في 10
 * يناير"، "التدريبات التي بدأت بالأمس"), else to the trigger right after it ("ويعقد اليوم اجتماع"),
 * unless أن/إن or a verb of saying stands between: then it dates the saying, not the event ("ويوم
 * أمس، أعلن مصدر مقرب من محادثات فيينا" dates the announcement, not the talks). An event no expression
 * was tied to takes the nearest one of its sentence that no other event took, within reach.
 *
 * <p>The reach was set on the seed articles: a relative clause puts its verb and date within
 * eight words of the noun; a date before its noun sits right before it.
 */
final class DateTies {
    /** How far after its trigger a time expression may come and still be tied to it. */
    static final int TIE_AFTER = 8;
    /** How far before its trigger. */
    static final int TIE_BEFORE = 4;
    /**
     * How many words off an untied date may be and still date an event: the seeds' furthest is 13
     * ("أكد الكرملين، الخميس، رغبة موسكو في تسوية خلافاتها ... قبل ساعات من مكالمة هاتفية").
     */
    static final int FALLBACK_WORDS = 15;

    private DateTies() {
    }

    /** Ties the sentence's time expressions ({@code [from, to)}) to the candidates, and dates them. */
    static void tie(TokenMarks m, int from, int to, List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        for (int k = from; k < to; k++) {
            int x = m.timex[k];
            if (x < 0 || (k > from && m.timex[k - 1] == x) || !isPoint(m.timexes.get(x))) {
                continue;
            }
            int last = k;
            while (last + 1 < to && m.timex[last + 1] == x) {
                last++;
            }
            Candidate c = before(m, k, candidates);
            int distance = c == null ? 0 : k - c.phraseEnd;
            if (c == null) {
                c = after(m, last, candidates);
                distance = c == null ? 0 : c.token - last;
            }
            if (c != null && distance < c.timexDistance) {
                c.timex = x;
                c.timexDistance = distance;
            }
        }
        for (Candidate c : candidates) {
            if (c.timex >= 0 && isCalendar(m.timexes.get(c.timex))) {
                c.date = m.timexes.get(c.timex).value();
            } else if (c.timex >= 0 && m.timexes.get(c.timex).value().equals("FUTURE_REF")) {
                c.planned = true;
            }
        }
    }

    /**
     * Dates an undated event from the nearest calendar expression of its sentence that no other
     * event took, if within {@link #FALLBACK_WORDS} words ("قال أوشاكوف، يوم السبت الماضي، إن بوتين
     * استنكر، خلال الاتصال الهاتفي"): further off, a long sentence's date is another clause's.
     */
    static void fallBack(TokenMarks m, int from, int to, Candidate c, List<Candidate> events) {
        Found before = nearest(m, from, to, c, events, -1);
        Found after = nearest(m, from, to, c, events, 1);
        Found best = after == null || (before != null && before.words() <= after.words()) ? before : after;
        if (best != null) {
            c.date = m.timexes.get(best.timex()).value();
        }
    }

    /** A calendar expression found off a trigger, and how many words off. */
    private record Found(int timex, int words) {
    }

    /** The nearest calendar expression no other event took, looking from the trigger one way within reach. */
    private static Found nearest(TokenMarks m, int from, int to, Candidate c, List<Candidate> events, int step) {
        int words = 0;
        for (int j = c.token + step; j >= from && j < to && words <= FALLBACK_WORDS; j += step) {
            int x = m.timex[j];
            if (x >= 0) {
                if (isCalendar(m.timexes.get(x)) && !takenByOther(x, c, events)) {
                    return new Found(x, words);
                }
            } else if (m.tokens.get(j).isWord() && !m.name[j]) {
                words++;
            }
        }
        return null;
    }

    private static boolean takenByOther(int x, Candidate c, List<Candidate> events) {
        for (Candidate o : events) {
            if (o != c && o.timex == x) {
                return true;
            }
        }
        return false;
    }

    /** The nearest candidate before token {@code k}, if within reach and in the same clause. */
    private static Candidate before(TokenMarks m, int k, List<Candidate> candidates) {
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Candidate c = candidates.get(i);
            if (c.token >= k) {
                continue;
            }
            if (k - c.phraseEnd > TIE_AFTER) {
                return null;
            }
            for (int j = c.token + 1; j < k; j++) {
                if (m.isBoundary(j) || m.saying[j]) {
                    return null;
                }
            }
            return c;
        }
        return null;
    }

    /** The nearest candidate after token {@code last}, if within reach, with no clause opening between. */
    private static Candidate after(TokenMarks m, int last, List<Candidate> candidates) {
        for (Candidate c : candidates) {
            if (c.token <= last) {
                continue;
            }
            if (c.token - last > TIE_BEFORE) {
                return null;
            }
            for (int j = last + 1; j < c.token; j++) {
                if (m.isBoundary(j) || m.is(j, Cue.CLAUSE) || m.saying[j]) {
                    return null;
                }
            }
            return c;
        }
        return null;
    }

    /** A date or a time: what can say when something happened (not a duration or a set). */
    private static boolean isPoint(Timex t) {
        return t.type() == Timex.Type.DATE || t.type() == Timex.Type.TIME;
    }

    /** A point on the calendar: not PRESENT_REF and the like, nor a value with unknown parts. */
    static boolean isCalendar(Timex t) {
        return isPoint(t) && DayRange.of(t.value()) != null;
    }
}
