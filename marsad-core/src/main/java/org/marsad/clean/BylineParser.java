package org.marsad.clean;

import org.marsad.text.Words;
import java.util.ArrayList;
import java.util.List;
import org.marsad.clean.BylinePart.Kind;
import org.marsad.text.Words;
import org.marsad.time.WrittenDate;

/**
 * Reads the bylines and datelines of Arabic news: {@code (outlet / agency - date)},
 * {@code city - agency}, {@code city: name}, {@code name (city)}, {@code outlet من city},
 * {@code city DD month YYYY هـ الموافق DD month YYYY م agency}, agencies alone or in lists.
 *
 * <p>The text is cut at separators into parts; each part is recognised by the
 * {@link BylineVocabulary} (agency, place, outlet, desk, first name) or as a date; parts that
 * stay unknown are then placed by their position, the way a reader does: a short part in
 * parentheses after a reporter's name is the city, a part before {@code /} in a parenthesised
 * opener is the outlet.
 */
public final class BylineParser {
    private static final int MAX_PLACE_WORDS = 3;

    private final BylineVocabulary vocabulary;

    public BylineParser(BylineVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public Byline parse(CharSequence s) {
        return parse(s, 0, s.length());
    }

    public Byline parse(CharSequence s, int from, int to) {
        List<BylinePart> parts = new ArrayList<>();
        for (BylinePart raw : BylineSplitter.split(s, from, to)) {
            recognise(s, raw, parts);
        }
        placeUnknowns(parts);
        return assemble(parts);
    }

    private void recognise(CharSequence s, BylinePart raw, List<BylinePart> out) {
        String v = raw.value();
        WrittenDate date = WrittenDate.find(v);
        if (date != null) {
            // "الرياض 05 شوال 1436 هـ الموافق 21 يوليو 2015 م واس": place, dates and agency in one run
            splitAroundDate(s, raw, out);
            return;
        }
        out.add(raw.as(kindOf(v)));
    }

    private Kind kindOf(String v) {
        if (vocabulary.isAgency(v)) {
            return Kind.AGENCY;
        }
        if (vocabulary.isOutlet(v)) {
            return Kind.OUTLET;
        }
        if (vocabulary.isPlace(v)) {
            return Kind.PLACE;
        }
        if (qualifiedOutlet(v)) {
            // "الرياض الإلكتروني": an outlet named after its city, with its edition
            return Kind.OUTLET;
        }
        if (placePrefix(v)) {
            return Kind.PLACE;
        }
        if (vocabulary.isDesk(v)) {
            return Kind.DESK;
        }
        String[] words = v.strip().split("\\s+");
        if (words.length >= 2 && words.length <= 5 && vocabulary.isFirstName(words[0])) {
            return Kind.PERSON;
        }
        return Kind.UNKNOWN;
    }

    private boolean qualifiedOutlet(String v) {
        String[] words = v.strip().split("\\s+");
        return words.length == 2 && vocabulary.isOutlet(words[0]);
    }

    /** "القدس المحتلة", "مكة المكرمة المحروسة": a known place followed by one qualifier. */
    private boolean placePrefix(String v) {
        String[] words = v.strip().split("\\s+");
        if (words.length < 2 || words.length > MAX_PLACE_WORDS) {
            return false;
        }
        return !vocabulary.isDesk(words[words.length - 1])
                && vocabulary.isPlace(String.join(" ", java.util.Arrays.copyOf(words, words.length - 1)));
    }

    private void splitAroundDate(CharSequence s, BylinePart raw, List<BylinePart> out) {
        int[][] words = Words.of(s, raw.start(), raw.end());
        int first = -1;
        int last = -1;
        for (int i = 0; i < words.length; i++) {
            if (startsWithDigit(s, words[i][0])) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        // the run of date words, widened to the calendar words around the numbers (هـ، م، الموافق)
        int lead = Math.min(first, MAX_PLACE_WORDS);
        if (first > 0) {
            int start = words[first - lead][0];
            String place = s.subSequence(start, words[first - 1][1]).toString();
            Kind kind = kindOf(place);
            out.add(new BylinePart(start, words[first - 1][1], place,
                    kind == Kind.UNKNOWN && first <= 2 ? Kind.PLACE : kind, raw.before(), raw.parenthesised(),
                kind == Kind.UNKNOWN));
        }
        int dateEnd = words[last][1];
        int tail = last + 1;
        while (tail < words.length && isCalendarWord(s, words[tail])) {
            dateEnd = words[tail][1];
            tail++;
        }
        WrittenDate date = WrittenDate.find(s, words[first][0], dateEnd);
        out.add(new BylinePart(words[first][0], dateEnd, s.subSequence(words[first][0], dateEnd).toString(),
                date != null ? Kind.DATE : Kind.UNKNOWN, raw.before(), raw.parenthesised(), false));
        if (tail < words.length) {
            int start = words[tail][0];
            String rest = s.subSequence(start, raw.end()).toString();
            out.add(new BylinePart(start, raw.end(), rest, kindOf(rest), ' ', raw.parenthesised(), false));
        }
    }

    private static boolean startsWithDigit(CharSequence s, int i) {
        char c = s.charAt(i);
        return Character.isDigit(c);
    }

    /** The letters that close a written date: هـ، م، ء (Urdu year mark), and month names. */
    private static boolean isCalendarWord(CharSequence s, int[] w) {
        String t = s.subSequence(w[0], w[1]).toString();
        return t.equals("م") || t.equals("هـ") || t.equals("ه") || t.equals("ء") || t.equals("الموافق");
    }

    /**
     * Outlets named after their city ("الرياض", "المدينة") are the city unless the byline names
     * another: "الرياض - واس" is filed from Riyadh, "المدينة - جدة" is the paper's Jeddah office.
     */
    private void placeCityOutlets(List<BylinePart> parts) {
        if (parts.stream().anyMatch(p -> p.kind() == Kind.PLACE)) {
            return;
        }
        for (int i = 0; i < parts.size(); i++) {
            BylinePart p = parts.get(i);
            if (p.kind() == Kind.OUTLET && vocabulary.isPlace(p.value())) {
                parts.set(i, p.as(Kind.PLACE));
                return;
            }
        }
    }

    /** Gives unknown parts a kind from their position among the recognised ones. */
    private void placeUnknowns(List<BylinePart> parts) {
        placeCityOutlets(parts);
        boolean hasPlace = parts.stream().anyMatch(p -> p.kind() == Kind.PLACE);
        for (int i = 0; i < parts.size(); i++) {
            BylinePart p = parts.get(i);
            if (p.kind() != Kind.UNKNOWN) {
                continue;
            }
            BylinePart prev = i > 0 ? parts.get(i - 1) : null;
            BylinePart next = i + 1 < parts.size() ? parts.get(i + 1) : null;
            // a place guessed from its position is a name: a word or two of letters, no digits
            boolean shortName = p.words() <= 2 && isLettersOnly(p.value());
            if (next != null && next.before() == '/' && (p.parenthesised() || i == 0) && p.words() <= 5) {
                // "(پاکستان پوائنٹ نیوز / سبوتنيك - 16 فبراير 2022ء)": outlet before the slash
                parts.set(i, p.guessedAs(Kind.OUTLET));
            } else if (!hasPlace && shortName && prev != null
                    && (prev.kind() == Kind.PERSON || prev.kind() == Kind.UNKNOWN)
                    && (p.parenthesised() || p.before() == 'م' || p.before() == '-')) {
                // "عبدالرحمن الختارش (جازان)", "منير أبوبشيت من الدمام", "سلمان ـ تبوك"
                parts.set(i, p.guessedAs(Kind.PLACE));
                hasPlace = true;
            } else if (!hasPlace && shortName && i == 0 && next != null && next.kind() == Kind.AGENCY) {
                // "بريدة - واس"
                parts.set(i, p.guessedAs(Kind.PLACE));
                hasPlace = true;
            } else if (p.words() >= 2 && p.words() <= 4) {
                parts.set(i, p.guessedAs(Kind.PERSON));
            }
        }
    }

    private static boolean isLettersOnly(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!Character.isLetter(c) && !Words.isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    private static Byline assemble(List<BylinePart> parts) {
        String outlet = null;
        String dateline = null;
        List<String> agencies = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        java.time.LocalDate date = null;
        for (BylinePart p : parts) {
            switch (p.kind()) {
                case AGENCY -> agencies.add(p.value());
                case OUTLET -> outlet = outlet == null ? p.value() : outlet;
                case PLACE -> dateline = dateline == null ? p.value() : dateline;
                case PERSON -> authors.add(p.value());
                case DATE -> {
                    WrittenDate d = WrittenDate.find(p.value());
                    date = date == null && d != null ? d.date() : date;
                }
                default -> {
                }
            }
        }
        return new Byline(outlet, agencies, dateline, authors.isEmpty() ? null : String.join("، ", authors), date,
                List.copyOf(parts));
    }
}
