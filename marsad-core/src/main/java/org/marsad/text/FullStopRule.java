package org.marsad.text;

/**
 * Decides whether a single full stop ends a sentence, from the words on either side of it, in
 * the spirit of Kiss and Strunk's Punkt (abbreviation, initial and ordinal features) but with
 * hand-set features for Arabic news, where the hard cases are not abbreviations but stray stops
 * that scrapers and hurried editors leave inside a clause: {@code الرئيس الروسي. فلاديمير بوتين},
 * {@code الذي جرى. الخميس، بين ...}.
 *
 * <p>A full stop does not end the sentence when
 * <ol>
 *   <li>it sits inside a token: between digits ({@code 57.7}, {@code 1.1.2020}), before a Latin
 *       letter, a digit or URL punctuation ({@code U.S}, {@code www.spa.gov.sa}, e-mail);</li>
 *   <li>the word before is an initial: one letter ({@code د.}, {@code م.}, {@code أ. ف. ب},
 *       {@code U.S.}), unless a number comes just before it ({@code 2022 م.} is the era);</li>
 *   <li>the word before is a listed abbreviation ({@code text/abbreviations.txt}: {@code Mr}, ...);</li>
 *   <li>what follows is a comma, semicolon or colon, or a lower-case Latin letter;</li>
 *   <li>an Arabic word follows and: the sentence so far has fewer than {@value #MIN_SENTENCE_WORDS}
 *       words; or that word is a weekday ({@code text/weekdays.txt}); or it is a first name
 *       ({@code text/first-names.txt}) and the word before the stop is a title
 *       ({@code text/titles.txt}), or a nisba adjective ({@code ال...ي}/{@code ال...ية}, not one
 *       of {@code text/nisba-exceptions.txt}) that follows a title.</li>
 * </ol>
 * Otherwise it does, including when glued to the next Arabic word ({@code انتهى.وقال}), a common
 * scraping fault.
 */
final class FullStopRule {
    /** Shorter "sentences" are almost always a label or a stray stop (tuned by reading news). */
    static final int MIN_SENTENCE_WORDS = 3;
    /** How far the rule looks for the word on each side; bounds the work per stop. */
    static final int MAX_WORD_SCAN = 64;
    /** How many words back from a nisba adjective a title may stand ({@code وزير الخارجية الأمريكي}). */
    static final int TITLE_REACH = 3;

    private static final FullStopRule STANDARD = new FullStopRule(
            Lexicon.load("text/abbreviations.txt"), Lexicon.load("text/titles.txt"),
            Lexicon.load("text/first-names.txt"), Lexicon.load("text/nisba-exceptions.txt"),
            Lexicon.load("text/weekdays.txt"));

    private final Lexicon abbreviations;
    private final Lexicon titles;
    private final Lexicon firstNames;
    private final Lexicon nisbaExceptions;
    private final Lexicon weekdays;

    FullStopRule(Lexicon abbreviations, Lexicon titles, Lexicon firstNames, Lexicon nisbaExceptions,
            Lexicon weekdays) {
        this.abbreviations = abbreviations;
        this.titles = titles;
        this.firstNames = firstNames;
        this.nisbaExceptions = nisbaExceptions;
        this.weekdays = weekdays;
    }

    static FullStopRule standard() {
        return STANDARD;
    }

    /**
     * Whether the full stop at {@code stop} ends the sentence; {@code after} is past the closing
     * marks the splitter took with it; {@code words} counts the sentence's words so far.
     */
    boolean ends(CharSequence text, int ls, int le, int stop, int after, int words) {
        if (after == stop + 1 && after < le && isInsideToken(text, ls, stop, after)) {
            return false;
        }
        int m = after;
        while (m < le && CharKind.isBlank(CharKind.of(text.charAt(m)))) {
            m++;
        }
        int ws = wordStart(text, ls, stop);
        String prevKey = null;
        if (ws < stop) {
            if (isInitial(text, ls, ws, stop, m < le && CharKind.of(text.charAt(m)) == CharKind.ARABIC)) {
                return false;
            }
            prevKey = Lexicon.key(text.subSequence(ws, stop));
            if (abbreviations.containsKey(prevKey)) {
                return false;
            }
        }
        if (m == le) {
            return true;
        }
        char next = text.charAt(m);
        if (next == '،' || next == ',' || next == '؛' || next == ';' || next == ':'
                || (next >= 'a' && next <= 'z')) {
            return false;
        }
        if (CharKind.of(next) != CharKind.ARABIC) {
            return true;
        }
        if (words < MIN_SENTENCE_WORDS) {
            return false;
        }
        int we = m;
        while (we < le && we - m < MAX_WORD_SCAN && isArabicPart(CharKind.of(text.charAt(we)))) {
            we++;
        }
        String nextKey = ArabicNormalizer.normalize(text, m, we);
        if (weekdays.containsKey(nextKey)) {
            return false;
        }
        return !(firstNames.containsKey(nextKey) && prevKey != null && endsWithTitle(text, ls, ws, stop, prevKey));
    }

    /**
     * Whether the words before the stop name an office: a title ({@code الرئيس}), or a nisba
     * adjective with a title at most {@value #TITLE_REACH} words before it ({@code نظيره
     * الأمريكي}, {@code وزير الخارجية الأمريكي}). A bare nisba is not enough: sentences often
     * end on one and the next begins with a name ({@code الاجتماعية. إبراهيم الحيدري ...}).
     */
    private boolean endsWithTitle(CharSequence text, int ls, int ws, int stop, String prevKey) {
        if (titles.containsKey(prevKey)) {
            return true;
        }
        if (!isNisba(text, ws, stop, prevKey)) {
            return false;
        }
        int end = ws;
        for (int n = 0; n < TITLE_REACH; n++) {
            int limit = Math.max(ls, end - MAX_WORD_SCAN);
            while (end > limit && CharKind.of(text.charAt(end - 1)) == CharKind.SPACE) {
                end--;
            }
            int start = wordStart(text, ls, end);
            if (start == end) {
                return false;
            }
            if (titles.containsKey(Lexicon.key(text.subSequence(start, end)))) {
                return true;
            }
            end = start;
        }
        return false;
    }

    private static boolean isInsideToken(CharSequence text, int ls, int stop, int after) {
        char next = text.charAt(after);
        byte kind = CharKind.of(next);
        if (kind == CharKind.LATIN || kind == CharKind.DIGIT) {
            return true;
        }
        return next == '/' || next == '@' || next == '_' || next == '~' || next == '=' || next == '%';
    }

    /**
     * The start of the word ending at {@code end}, taking in dots between letters ({@code U.S})
     * and stopping where Arabic and Latin letters meet ({@code وDr}).
     */
    private static int wordStart(CharSequence text, int ls, int end) {
        int limit = Math.max(ls, end - MAX_WORD_SCAN);
        int j = end;
        byte script = 0;
        while (j > limit) {
            char c = text.charAt(j - 1);
            byte kind = CharKind.of(c);
            if (kind == CharKind.ARABIC || kind == CharKind.LATIN) {
                if (script != 0 && kind != script) {
                    break;
                }
                script = kind;
            }
            if (CharKind.isWordPart(kind)) {
                j--;
            } else if (c == '.' && j < end && j - 2 >= limit && CharKind.isWordPart(CharKind.of(text.charAt(j - 2)))) {
                j--;
            } else {
                break;
            }
        }
        return j;
    }

    /**
     * One letter after the word's last dot, with no number just before the word ({@code 2022 م.}
     * is the era, not an initial). A Latin letter before an Arabic word is rather the end of a
     * model name ({@code نوع B. ومن}).
     */
    private static boolean isInitial(CharSequence text, int ls, int ws, int stop, boolean arabicFollows) {
        int segment = ws;
        for (int i = ws; i < stop; i++) {
            if (text.charAt(i) == '.') {
                segment = i + 1;
            }
        }
        int letters = 0;
        for (int i = segment; i < stop; i++) {
            byte kind = CharKind.of(text.charAt(i));
            if (kind == CharKind.ARABIC || (kind == CharKind.LATIN && !arabicFollows)) {
                letters++;
            } else if (kind == CharKind.DIGIT) {
                return false;
            }
        }
        if (letters != 1) {
            return false;
        }
        int j = ws - 1;
        if (j >= ls && CharKind.of(text.charAt(j)) == CharKind.SPACE) {
            j--;
        }
        return j < ls || CharKind.of(text.charAt(j)) != CharKind.DIGIT;
    }

    /** {@code ال...ي} or {@code ال...ية}, written with a final ya (not alef maqsura: الكبرى). */
    private boolean isNisba(CharSequence text, int ws, int stop, String key) {
        if (key.length() < 5 || !key.startsWith("ال") || nisbaExceptions.containsKey(key)) {
            return false;
        }
        int last = stop - 1;
        while (last > ws && CharKind.of(text.charAt(last)) == CharKind.MARK) {
            last--;
        }
        if (text.charAt(last) == 'ة') {
            do {
                last--;
            } while (last > ws && CharKind.of(text.charAt(last)) == CharKind.MARK);
        }
        return text.charAt(last) == 'ي';
    }

    private static boolean isArabicPart(byte kind) {
        return kind == CharKind.ARABIC || kind == CharKind.MARK || kind == CharKind.JOINER;
    }
}
