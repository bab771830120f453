package org.marsad.clean;

import java.util.List;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Lexicon;

/**
 * Recognises page furniture by the features of a single line: widget labels, continuation and
 * end markers, transmission timestamps, copyright lines, photo captions, encoded tracking
 * strings, lines with no letters. Lines that are furniture only because they recur across an
 * outlet's articles are {@link RecurringLines}' business; lines that are furniture by position
 * (section labels, the footer run) are decided by {@link ArticleCleaner}.
 */
final class Boilerplate {
    /** Widget labels are short; a long line that happens to contain "شارك" is text. */
    static final int MAX_WIDGET_WORDS = 8;
    /** Captions are a sentence at most. */
    static final int MAX_CAPTION_WORDS = 30;
    /** ... and describe the picture in a few words before the credit. */
    static final int MIN_CAPTION_WORDS = 3;
    /** An encoded token is this long at least: shorter ones are codes, tickers, model numbers. */
    static final int MIN_ENCODED_LENGTH = 16;
    /** Words that may follow an encoded token on its line (a sign-off) for the line to go. */
    static final int MAX_WORDS_AFTER_ENCODED = 5;

    private final Lexicon widgets = Lexicon.load("clean/widgets.txt");
    private final Lexicon endMarkers = Lexicon.load("clean/end-markers.txt");
    private final Lexicon credits = Lexicon.load("clean/photo-credits.txt");
    private final Lexicon copyright = Lexicon.load("clean/copyright.txt");
    private final List<String> widgetKeys = widgets.entries().stream().map(Lexicon::key).toList();
    private final List<String> copyrightKeys = copyright.entries().stream().map(Lexicon::key).toList();

    LineKind classify(CharSequence text, Line line) {
        int words = line.words(text);
        if (words > MAX_CAPTION_WORDS) {
            // every rule here is about short lines; a paragraph's tail is trimmed later
            return LineKind.BODY;
        }
        String key = Lexicon.key(text.subSequence(line.start(), line.end()));
        if (!hasLetter(text, line.start(), line.end())) {
            if (isTimestamp(key)) {
                return LineKind.TIMESTAMP;
            }
            // `..".` after a continuation marker closes a quotation the quote layer must see
            return closesQuote(text, line) ? LineKind.BODY : LineKind.NO_LETTERS;
        }
        if (endMarkers.containsKey(key)) {
            return LineKind.END_MARKER;
        }
        if (isTimestamp(key)) {
            return LineKind.TIMESTAMP;
        }
        if (words <= MAX_WIDGET_WORDS && (widgets.containsKey(key) || containsAny(key, widgetKeys)
                || isShortLatinLabel(text, line, words))) {
            return LineKind.WIDGET;
        }
        if (key.indexOf('©') >= 0 || (words <= 20 && containsAny(key, copyrightKeys))) {
            return LineKind.COPYRIGHT;
        }
        if (encodedTokenAt(text, line) >= 0) {
            return LineKind.ENCODED;
        }
        if (words <= MAX_CAPTION_WORDS && isCaption(text, line, key)) {
            return LineKind.CAPTION;
        }
        return LineKind.BODY;
    }

    /** The offset where a trailing end marker begins inside a kept line, or -1. */
    int trailingMarker(String text, Line line) {
        for (String marker : endMarkers.entries()) {
            int at = line.end() - marker.length();
            if (at > line.start() && text.startsWith(marker, at)) {
                char before = text.charAt(at - 1);
                if (BylineSplitter.isSpace(before) || !Character.isLetter(marker.charAt(0))) {
                    return at;
                }
            }
        }
        return -1;
    }

    /**
     * Where an encoded token starts on a line that ends with it and at most a short sign-off, or
     * -1. Only the last few words are looked at, so long paragraphs cost nothing.
     */
    int encodedTokenAt(CharSequence text, Line line) {
        int end = line.end();
        for (int w = 0; w <= MAX_WORDS_AFTER_ENCODED && end > line.start(); w++) {
            int start = end;
            while (start > line.start() && !BylineSplitter.isSpace(text.charAt(start - 1))) {
                start--;
            }
            if (isEncoded(text, start, end)) {
                return start;
            }
            end = start;
            while (end > line.start() && BylineSplitter.isSpace(text.charAt(end - 1))) {
                end--;
            }
        }
        return -1;
    }

    /**
     * Base64 and hex tracking strings: long, no spaces, only [A-Za-z0-9+/=_-], and mixing
     * letter cases with digits, which ordinary words and numbers never do.
     */
    static boolean isEncoded(CharSequence s, int from, int to) {
        if (to - from < MIN_ENCODED_LENGTH) {
            return false;
        }
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '+' && c != '/' && c != '=' && c != '_' && c != '-') {
                return false;
            }
        }
        return (upper && lower && digit) || (upper && lower && s.charAt(to - 1) == '=');
    }

    private boolean isCaption(CharSequence text, Line line, String key) {
        if (key.startsWith("صوره") || key.startsWith("(صوره") || key.startsWith("الصوره:")) {
            return true;
        }
        // "... خلال قمة جنيف - 16 يونيو 2021 - Getty Images": a credit after the last separator
        String s = text.subSequence(line.start(), line.end()).toString();
        int cut = Math.max(Math.max(s.lastIndexOf(" - "), s.lastIndexOf('|')), Math.max(s.lastIndexOf('©'),
                s.lastIndexOf(" / ")));
        // a caption describes the picture before crediting it; "لندن - رويترز" is a dateline
        if (cut > 0 && Line.countWords(s, 0, cut) >= MIN_CAPTION_WORDS) {
            String tail = s.substring(cut + 1).replace("-", " ").strip();
            return credits.contains(tail);
        }
        return false;
    }

    private static boolean isTimestamp(String key) {
        // "16:30 ت م", "20:26 ت غ", "10:15 GMT"
        int i = 0;
        int n = key.length();
        int digits = 0;
        while (i < n && Character.isDigit(key.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0 || digits > 2 || i >= n || key.charAt(i) != ':') {
            return false;
        }
        i++;
        int minutes = 0;
        while (i < n && Character.isDigit(key.charAt(i))) {
            i++;
            minutes++;
        }
        if (minutes != 2) {
            return false;
        }
        String rest = key.substring(i).strip();
        return rest.isEmpty() || rest.equals("ت م") || rest.equals("ت غ") || rest.equals("gmt") || rest.equals("ص")
                || rest.equals("م") || rest.equals("مساء") || rest.equals("صباحا");
    }

    /** "Facebook Comments": a few Latin words with no Arabic, in an Arabic article. */
    private static boolean isShortLatinLabel(CharSequence text, Line line, int words) {
        if (words > 3) {
            return false;
        }
        for (int i = line.start(); i < line.end(); i++) {
            char c = text.charAt(i);
            if (ArabicNormalizer.isArabicLetter(c) || Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsAny(String key, List<String> phrases) {
        for (String p : phrases) {
            int at = key.indexOf(p);
            // a whole-word occurrence, or glued to Latin text as scrapers glue icon labels
            if (at >= 0 && (p.length() >= 6 || at == 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean closesQuote(CharSequence text, Line line) {
        for (int i = line.start(); i < line.end(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '”' || c == '»') {
                return true;
            }
        }
        return false;
    }

    static boolean hasLetter(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
