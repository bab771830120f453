package org.marsad.event;

import java.util.ArrayList;
import java.util.List;

/**
 * A trigger word of one sentence while the stage works on it: what it names and what the words
 * around it were found to say. It becomes an {@link Event} when something pins it down to one
 * real occasion ({@link #pinned()}).
 */
final class Candidate {
    final int token;
    final EventWords.Need need;
    EventType type;
    /** The last token of the trigger phrase: the trigger, or its qualifier right after it (الاتصال الهاتفي). */
    int phraseEnd;
    /** A verb that makes it happen, or a call word that makes talks a call, was found near it. */
    boolean made;
    /** The time expression tied to it (index into the article's timexes), or -1. */
    int timex = -1;
    int timexDistance = Integer.MAX_VALUE;
    /** Its date: the tied expression's calendar value, or one taken from the sentence; null when none. */
    String date;
    /** Article-entity indexes, in the order found. */
    final List<Integer> parties = new ArrayList<>();
    /** Parties were found after بين or مع. */
    boolean linked;
    /** A person or organisation is among the parties. */
    boolean actor;
    int place = Event.NO_PLACE;
    boolean planned;
    boolean possible;

    Candidate(int token, EventType type, EventWords.Need need) {
        this.token = token;
        this.type = type;
        this.need = need;
        this.phraseEnd = token;
    }

    boolean isVerb() {
        return need == EventWords.Need.VERB || need == EventWords.Need.WEAKVERB || need == EventWords.Need.WITH
                || need == EventWords.Need.ARRIVE;
    }

    void addParty(int entity) {
        if (!parties.contains(entity)) {
            parties.add(entity);
        }
    }

    /**
     * Whether the sentence pins the trigger to one occasion rather than the idea of one ("تسوية
     * الخلافات عبر المفاوضات"): a verb that makes it happen, a date, a place, its parties after
     * بين/مع (or, for a verb, a person or organisation taking part: "استقبل الميناء 175 سائحا" is
     * no meeting), or a word that announces or threatens it.
     */
    boolean pinned() {
        return made || date != null || place != Event.NO_PLACE || linked || planned || possible
                || (isVerb() && actor);
    }

    /**
     * Whether two triggers of one sentence can name the same event: same type (or a discussion and
     * the call it was held in) and status, no date or place apart ("وعقدت المباحثات بينما تقترب المحادثات المقبلة" are two).
     */
    boolean compatible(Candidate other) {
        boolean sameType = type == other.type || discussedOn(other) || other.discussedOn(this);
        return sameType && planned == other.planned && possible == other.possible
                && (date == null || other.date == null || date.equals(other.date))
                && (place == Event.NO_PLACE || other.place == Event.NO_PLACE || place == other.place);
    }

    /** A verb of discussing with someone and the call it was held in: "بحث مع نظيره في اتصال هاتفي". */
    private boolean discussedOn(Candidate call) {
        return need == EventWords.Need.WITH && type == EventType.MEETING && call.type == EventType.CALL;
    }

    /** Takes in what another trigger of the same event found; a discussion held on a call is the call. */
    void absorb(Candidate other) {
        if (discussedOn(other)) {
            type = EventType.CALL;
        }
        for (int p : other.parties) {
            addParty(p);
        }
        if (date == null) {
            date = other.date;
            timex = other.timex;
        }
        if (place == Event.NO_PLACE) {
            place = other.place;
        }
        made |= other.made;
        linked |= other.linked;
        actor |= other.actor;
        planned |= other.planned;
        possible |= other.possible;
    }
}
