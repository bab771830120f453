package org.marsad.event;

import java.util.ArrayList;
import java.util.List;
import org.marsad.entity.EntityType;
import org.marsad.entity.article.Mention;
import org.marsad.event.EventWords.Cue;
import org.marsad.text.Token;

/**
 * Finds who takes part in an event and where it happens, from the mentions around its trigger:
 * <ul>
 *   <li>the parties named after بين or مع ("بين بوتين وبايدن"، "مع نائب وزير الخارجية سيرغي
 *       ريابكوف"), countries included, as the parties to talks often are; for a sanction or a
 *       military move, the party after على/ضد it is aimed at;</li>
 *   <li>the names right after the trigger: a verb's subject or object ("تحشد روسيا"، "ستلتقي
 *       اليوم ديمتري كوزاك"), a noun's complement ("زيارة ولي العهد"، "اجتماع لمجلس الأمن");</li>
 *   <li>the subject before the trigger, for a verb or a noun made by a verb ("أجرى الرئيسان بوتين
 *       وبايدن محادثات"، "روسيا والولايات المتحدة عقدت مشاورات"), up to أن/إن or a preposition;</li>
 *   <li>the place: a place after في (or written with ب) shortly after the trigger, one right after
 *       a noun ("مفاوضات جنيف"), or for a visit the one it goes to.</li>
 * </ul>
 * Mentions inside a person's role ("سفير الولايات المتحدة في موسكو") are neither; nor are
 * nationalities and other MISC names.
 *
 * <p>The reaches were set on the seed articles and checked by eye on SaudiNewsNet.
 */
final class PartyFinder {
    /** How far after the trigger its بين/مع may come ("الاتصال الهاتفي الذي جرى الخميس، بين"). */
    static final int LINK_SEARCH = 7;
    /** How far a list of parties after بين/مع runs. */
    static final int LIST_SPAN = 10;
    /** Words a list of parties may have between its names that are neither names nor roles. */
    static final int LIST_GAP = 3;
    /**
     * How far the names after a trigger may run (in words other than names, roles, dates and
     * marks), and how many other words a verb may have before them.
     */
    static final int OBJECT_SPAN = 8;
    static final int OBJECT_GAP = 2;
    /** How many words (not counting names, roles, dates and marks) the subject may come before the trigger. */
    static final int SUBJECT_SPAN = 6;
    /** How many words (not counting names, roles, dates and marks) the place may come after the trigger. */
    static final int PLACE_SPAN = 6;
    /** Words that may stand between في and the place's name: a place noun and its adjective (العاصمة الأميركية). */
    static final int PLACE_NOUNS = 2;
    /** How many words after a noun trigger its adjectives may run ("الاتصال الهاتفي الروسي الأمريكي"). */
    static final int ADJECTIVES = 5;

    private PartyFinder() {
    }

    static void find(TokenMarks m, int from, int to, Candidate c) {
        place(m, to, c);
        linked(m, to, c);
        List<Integer> countries = new ArrayList<>();
        after(m, to, c, countries);
        adjectives(m, to, c, countries);
        before(m, from, c, countries);
        // a country around a verb is a party only when no person or organisation is: in "استقبل
        // أمير منطقة الرياض اللواء ..." the region belongs to a title the role finder missed
        c.actor = hasActor(m, c);
        if (!c.actor) {
            countries.forEach(c::addParty);
        }
        if (c.place != Event.NO_PLACE) {
            c.parties.remove(Integer.valueOf(c.place));
        }
    }

    private static boolean hasActor(TokenMarks m, Candidate c) {
        for (int p : c.parties) {
            if (isActor(m.typeOf(p))) {
                return true;
            }
        }
        return false;
    }

    /** The parties in the list after بين or مع (or على/ضد for what a sanction or attack is aimed at). */
    private static void linked(TokenMarks m, int to, Candidate c) {
        boolean aimed = c.type == EventType.SANCTION || c.type == EventType.MILITARY;
        boolean call = c.type == EventType.CALL;
        int link = -1;
        boolean target = false;
        for (int j = c.phraseEnd + 1; j < to && j <= c.token + LINK_SEARCH && canPass(m, j, c); j++) {
            if (m.timex[j] >= 0) {
                continue; // a date between: "اتصالا هاتفيا أول من أمس برئيس ..."
            }
            if (m.is(j, Cue.LINK) || (aimed && m.is(j, Cue.TARGET)) || (call && m.is(j, Cue.SOURCE))) {
                link = j;
                target = !m.is(j, Cue.LINK);
                break;
            }
            if (endsPhrase(m, j)) {
                return;
            }
        }
        if (link < 0) {
            return;
        }
        int gap = 0;
        for (int j = link + 1; j < to && j <= link + LIST_SPAN && gap <= LIST_GAP; j++) {
            if (m.timex[j] >= 0) {
                continue;
            }
            if (!canPass(m, j, c) || endsPhrase(m, j) || m.is(j, Cue.PLACE)) {
                break;
            }
            int i = m.mention[j];
            EntityType type = i >= 0 ? m.mentions.get(i).type() : null;
            if (i >= 0 && target && type == EntityType.LOC && c.type == EventType.MILITARY) {
                // strikes on a town: the town is where they fell, not a party
                if (c.place == Event.NO_PLACE && !m.inRole[i]) {
                    c.place = m.mentions.get(i).entity();
                }
                gap = 0;
            } else if (i >= 0 && !m.inRole[i] && type != EntityType.MISC) {
                c.addParty(m.mentions.get(i).entity());
                c.linked = true;
                gap = 0;
            } else if (!m.name[j] && !isJoiner(m.tokens.get(j))) {
                gap++;
            }
        }
    }

    /**
     * The names right after the trigger: after a verb, its subject or object (persons,
     * organisations, countries; for a visit, the first place is where it goes); after a noun, a
     * person or organisation as its complement, or a country after ل ("اجتماع للولايات المتحدة").
     */
    private static void after(TokenMarks m, int to, Candidate c, List<Integer> countries) {
        int budget = c.isVerb() ? OBJECT_GAP : 0;
        // names, roles, dates and marks do not count toward the reach: "التقى وزير الخارجية الروسي
        // سيرغي لافروف، اليوم الجمعة، نظيره الأمريكي أنتوني بلينكن"
        int words = 0;
        for (int j = c.phraseEnd + 1; j < to && words < OBJECT_SPAN; j++) {
            if (m.timex[j] >= 0) {
                continue; // "ستلتقي اليوم ديمتري كوزاك"
            }
            words += countsToReach(m, j) ? 1 : 0;
            int i = m.mention[j];
            if (!canPass(m, j, c) || i < 0 && (endsPhrase(m, j) || m.is(j, Cue.PLACE) || m.is(j, Cue.LINK))) {
                return;
            }
            if (i >= 0) {
                if (!m.inRole[i] && (j == c.phraseEnd + 1 || m.mention[j - 1] != i)) {
                    take(m, c, j, m.mentions.get(i), countries);
                }
            } else if (!m.name[j] && !isJoiner(m.tokens.get(j))
                    && (m.entry[j] == null || m.entry[j].qualifies().isEmpty()) && --budget < 0) {
                return;
            }
        }
    }

    /**
     * Countries named by the adjectives right after a noun trigger, when the article names them
     * too: {@code المحادثات الروسية الأمريكية} (Russia and the United States), {@code الغارات
     * التركية}. Other adjectives on the way ({@code الاتصال الهاتفي}) are passed over.
     */
    private static void adjectives(TokenMarks m, int to, Candidate c, List<Integer> countries) {
        if (c.isVerb()) {
            return;
        }
        for (int j = c.token + 1; j < to && j <= c.token + ADJECTIVES; j++) {
            Token t = m.tokens.get(j);
            if (isJoiner(t) || t.norm().equals("-")) {
                continue;
            }
            if (!t.isWord() || !t.hasArticle() || m.mention[j] >= 0 || m.timex[j] >= 0) {
                return;
            }
            String base = Nationality.adjectiveBase(t.stem());
            if (base == null) {
                return; // a noun, not an adjective: the phrase has moved on
            }
            Integer country = m.countriesByAdjective().get(base);
            if (country != null && !countries.contains(country)) {
                countries.add(country);
            }
        }
    }

    private static void take(TokenMarks m, Candidate c, int j, Mention mention, List<Integer> countries) {
        // ل: "of" (اجتماع لمجلس الأمن); ب after a call: its callee (اتصل بالرئيس)
        boolean of = m.hasProclitic(j, 'ل') || (c.type == EventType.CALL && m.hasProclitic(j, 'ب'));
        switch (mention.type()) {
            case PER, ORG -> {
                if (!m.hasPreposition(j) || of) {
                    c.addParty(mention.entity());
                }
            }
            case LOC -> {
                if (c.type == EventType.VISIT && c.isVerb() && c.place == Event.NO_PLACE && !m.hasPreposition(j)) {
                    c.place = mention.entity();
                } else if ((c.isVerb() && !m.hasPreposition(j)) || of) {
                    countries.add(mention.entity());
                }
            }
            default -> {
            }
        }
    }

    /**
     * The subject before a verb, or before the verb that makes a noun happen: taken only when the
     * trigger is a verb or such a verb was passed on the way back. Names, roles, dates and marks
     * do not count toward the reach ("عقد وزيرا الخارجية المصري سامح شكري والأردني أيمن الصفدي،
     * الاثنين، محادثات").
     */
    private static void before(TokenMarks m, int from, Candidate c, List<Integer> countries) {
        boolean made = c.isVerb();
        List<Integer> found = new ArrayList<>();
        int words = 0;
        for (int j = c.token - 1; j >= from && words <= SUBJECT_SPAN && canPass(m, j, c); j--) {
            if (m.timex[j] >= 0) {
                continue;
            }
            if (m.mention[j] < 0 && (endsPhrase(m, j) || m.is(j, Cue.PLACE) || m.is(j, Cue.LINK))) {
                break; // the في of منظمة الأمن والتعاون في أوروبا is the name's
            }
            words += countsToReach(m, j) ? 1 : 0;
            made |= m.is(j, Cue.MAKE) || m.future[j];
            int i = m.mention[j];
            boolean first = i >= 0 && (j == from || m.mention[j - 1] != i);
            if (first && !m.inRole[i] && m.mentions.get(i).type() != EntityType.MISC && !m.hasPreposition(j)
                    && !afterPreposition(m, j, from)) {
                found.add(0, m.mentions.get(i).entity());
            }
        }
        if (made) {
            for (int e : found) {
                if (isActor(m.typeOf(e))) {
                    c.addParty(e);
                } else {
                    countries.add(e);
                }
            }
        }
    }

    private static boolean afterPreposition(TokenMarks m, int j, int from) {
        return j > from && (m.is(j - 1, Cue.PREP) || m.is(j - 1, Cue.DESTINATION) || m.is(j - 1, Cue.PLACE)
                || m.is(j - 1, Cue.LINK));
    }

    /**
     * The place: after في or with ب shortly after the trigger, right after a noun, or after إلى
     * for a visit; a place noun and its adjective may stand between في and the name ("في مدينة
     * حلب"، "في العاصمة الأميركية واشنطن"), or carry the ب ("بمدينة الرياض").
     */
    private static void place(TokenMarks m, int to, Candidate c) {
        boolean visit = c.type == EventType.VISIT;
        // names, roles, dates and marks do not count: "التقى نائب الرئيس اليمني ... بحاح، امس في مقر
        // الحكومة بالرياض"، "المحادثات الأمريكية الروسية في 10 يناير/كانون ثان المقبل في جنيف"
        int words = 0;
        for (int j = c.phraseEnd + 1; j < to && words <= PLACE_SPAN && canPass(m, j, c); j++) {
            if (m.timex[j] >= 0) {
                continue;
            }
            words += countsToReach(m, j) ? 1 : 0;
            boolean introduced = m.is(j, Cue.PLACE) || (visit && m.is(j, Cue.DESTINATION))
                    || (m.is(j, Cue.PLACE_NOUN) && m.hasProclitic(j, 'ب'));
            int at = introduced ? placeAfter(m, j, to, c) : -1;
            if (at >= 0) {
                c.place = m.mentions.get(m.mention[at]).entity();
                return;
            }
            boolean complement = j == c.phraseEnd + 1 && !c.isVerb() && !m.hasPreposition(j);
            if (isPlace(m, j) && (m.hasProclitic(j, 'ب') || complement)) {
                c.place = m.mentions.get(m.mention[j]).entity();
                return;
            }
        }
    }

    /**
     * The place named right after في/إلى at {@code j}, or after a place noun and its adjective
     * ("في مدينة حلب"، "في العاصمة الأميركية واشنطن"); -1 when none.
     */
    static int placeAfter(TokenMarks m, int j, int to, Candidate c) {
        if (j + 1 >= to || !canPass(m, j + 1, c)) {
            return -1;
        }
        if (isPlace(m, j + 1)) {
            return j + 1;
        }
        if (!m.is(j + 1, Cue.PLACE_NOUN)) {
            return -1;
        }
        for (int k = j + 2; k < to && k <= j + 1 + PLACE_NOUNS && canPass(m, k, c); k++) {
            if (isPlace(m, k)) {
                return k;
            }
        }
        return -1;
    }

    static boolean isPlace(TokenMarks m, int k) {
        int i = m.mention[k];
        return i >= 0 && m.mentions.get(i).type() == EntityType.LOC && !m.inRole[i];
    }

    /** Whether token {@code j} counts toward a reach: names, roles and marks do not. */
    private static boolean countsToReach(TokenMarks m, int j) {
        return !m.name[j] && m.tokens.get(j).isWord();
    }

    /** Whether the look from the trigger may go on at {@code j}: not past a clause end or another trigger. */
    static boolean canPass(TokenMarks m, int j, Candidate c) {
        return !m.isBoundary(j) && (j == c.token || !m.isTrigger(j));
    }

    /** A word that opens another phrase: أن/إن, a preposition, إلى. */
    private static boolean endsPhrase(TokenMarks m, int j) {
        return m.is(j, Cue.CLAUSE) || m.is(j, Cue.PREP) || m.is(j, Cue.DESTINATION);
    }

    private static boolean isActor(EntityType type) {
        return type == EntityType.PER || type == EntityType.ORG;
    }

    /** و and commas join the names of a list. */
    private static boolean isJoiner(Token t) {
        return t.norm().equals("و") || t.norm().equals("،") || t.norm().equals(",");
    }
}
