package org.marsad.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * Recognises the two legacy single-byte Arabic encodings, windows-1256 and ISO-8859-6, in bytes
 * that are not valid UTF-8. Both decode almost any byte to something, so "does it decode" says
 * nothing; instead each reading is scored on whether it looks like Arabic text:
 *
 * <ul>
 *   <li>good: Arabic letters among the non-ASCII characters;</li>
 *   <li>bad: bytes the encoding leaves undefined, C1 controls, Latin accented letters (what
 *       windows-1256 makes of ISO-8859-6's و ي ه), Arabic letters glued to Latin letters inside
 *       a word, vowel marks with no letter before them, and tanween inside a word (what
 *       ISO-8859-6 makes of windows-1256's ي and ى).</li>
 * </ul>
 *
 * <p>When both readings pass those tests, the article {@code ال}, which starts a large share of
 * Arabic words, decides: each encoding spells it with different bytes, so only the right reading
 * is full of it.
 *
 * A reading counts only when it is clearly Arabic; when both are and they disagree, the higher
 * score must win by a margin, else the input is refused rather than guessed.
 *
 * <p>Public so that marsad-web can sniff the legacy encoding of undeclared HTML pages with it.
 */
public final class ArabicEncodingDetector {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    /** Share of the non-ASCII characters that must be Arabic letters. */
    private static final double MIN_ARABIC_SHARE = 0.6;
    /** Share of the non-ASCII characters that may be suspicious: real text has next to none. */
    private static final double MAX_BAD_SHARE = 0.02;
    /** How much better the winner must score when both readings look like Arabic. */
    private static final double MARGIN = 0.05;

    private static final Reading[] READINGS = {new Reading(WINDOWS_1256), new Reading(ISO_8859_6)};

    private ArabicEncodingDetector() {
    }

    /** The outcome: {@code charset} is null when no reading is clearly Arabic text. */
    public record Detection(Charset charset, String text, int undefined, String explanation) {
    }

    public static Detection detect(byte[] bytes, int length) {
        // Damaged UTF-8 (a cut character, a stray byte) also reaches here. Read as windows-1256
        // its letters come out as Arabic-looking mojibake, so rule it out first: legacy Arabic
        // text almost never forms valid UTF-8 sequences, damaged UTF-8 almost only does.
        long utf8 = Math.round(100.0 * utf8SequenceShare(bytes, length));
        if (utf8 >= 50) {
            return new Detection(null, null, 0, "the rest of it is valid UTF-8 (" + utf8
                    + "% of its non-ASCII bytes), so it looks like damaged UTF-8, not a legacy encoding");
        }
        Score[] scores = new Score[READINGS.length];
        for (int i = 0; i < READINGS.length; i++) {
            scores[i] = READINGS[i].score(bytes, length);
        }
        Score a = scores[0];
        Score b = scores[1];
        Score winner = null;
        if (a.plausible() && b.plausible()) {
            if (!READINGS[0].differsFrom(READINGS[1], bytes, length)) {
                winner = a; // the same characters either way, so nothing is being guessed
            } else if (Math.abs(a.value() - b.value()) >= MARGIN) {
                winner = a.value() > b.value() ? a : b;
            } else {
                return new Detection(null, null, 0, "it reads as Arabic in both windows-1256 ("
                        + a.describe() + ") and ISO-8859-6 (" + b.describe() + ")");
            }
        } else if (a.plausible()) {
            winner = a;
        } else if (b.plausible()) {
            winner = b;
        }
        if (winner == null) {
            return new Detection(null, null, 0, "it is not Arabic text in windows-1256 (" + a.describe()
                    + ") nor in ISO-8859-6 (" + b.describe() + ")");
        }
        return new Detection(winner.reading.charset, winner.reading.decode(bytes, length), winner.undefined, null);
    }

    /** The share of non-ASCII bytes that are part of well-formed UTF-8 sequences. */
    public static double utf8SequenceShare(byte[] b, int length) {
        int high = 0;
        int inSequences = 0;
        int i = 0;
        while (i < length) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int extra = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
                    : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
            int n = 0;
            while (n < extra && i + 1 + n < length && (b[i + 1 + n] & 0xC0) == 0x80) {
                n++;
            }
            if (extra > 0 && n == extra) {
                high += extra + 1;
                inSequences += extra + 1;
                i += extra + 1;
            } else {
                high++;
                i++;
            }
        }
        return high == 0 ? 0 : (double) inSequences / high;
    }

    /** One encoding as a 256-entry table, built from the JDK's own decoder. */
    private static final class Reading {
        final Charset charset;
        final char[] table = new char[256];

        Reading(Charset charset) {
            this.charset = charset;
            CharsetDecoder decoder = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            for (int b = 0; b < 256; b++) {
                CharBuffer out = CharBuffer.allocate(2);
                decoder.reset();
                CoderResult result = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b}), out, true);
                table[b] = result.isError() || out.position() != 1 ? '\uFFFD' : out.get(0);
            }
        }

        String decode(byte[] bytes, int length) {
            char[] out = new char[length];
            for (int i = 0; i < length; i++) {
                out[i] = table[bytes[i] & 0xFF];
            }
            return new String(out);
        }

        boolean differsFrom(Reading other, byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                int b = bytes[i] & 0xFF;
                if (table[b] != other.table[b]) {
                    return true;
                }
            }
            return false;
        }

        Score score(byte[] bytes, int length) {
            Score s = new Score(this);
            char prev = ' ';
            for (int i = 0; i < length; i++) {
                int b = bytes[i] & 0xFF;
                char c = table[b];
                if (b >= 0x80) {
                    s.high++;
                    if (c == '\uFFFD') {
                        s.undefined++;
                        s.bad++;
                    } else if (c >= 0x80 && c <= 0x9F) {
                        s.bad++;
                    } else if (isArabicLetter(c)) {
                        s.arabic++;
                        if (c == '\u0644' && prev == '\u0627') {
                            s.definiteArticles++;
                        }
                        boolean nextLatin = i + 1 < length && isAsciiLetter(bytes[i + 1]);
                        if (isAsciiLetter(prev) || nextLatin) {
                            s.bad++;
                        }
                    } else if (c >= 0x064B && c <= 0x0652) {
                        if (!isArabicLetter(prev) && !(prev >= 0x064B && prev <= 0x0652)) {
                            s.bad++;
                        } else if (c <= 0x064D && i + 1 < length && tanweenCannotPrecede(table[bytes[i + 1] & 0xFF])) {
                            s.bad++; // tanween ends a word (or sits before its alef): a misread letter
                        }
                    } else if (c >= 0xC0 && c <= 0x24F && Character.isLetter(c)) {
                        s.bad++;
                    }
                }
                prev = c;
            }
            return s;
        }
    }

    private static final class Score {
        final Reading reading;
        int high;
        int arabic;
        int bad;
        int undefined;
        int definiteArticles;

        Score(Reading reading) {
            this.reading = reading;
        }

        boolean plausible() {
            // one odd character (a sukun used as a degree sign) is forgiven in text long enough to judge
            double allowed = Math.max(MAX_BAD_SHARE * high, high >= 20 ? 1 : 0);
            return high > 0 && arabic >= MIN_ARABIC_SHARE * high && bad <= allowed;
        }

        /** Around 1.4 for Arabic read right: all letters, one ال per 12 or so of them. */
        double value() {
            return high == 0 ? 0 : (arabic - 5.0 * bad) / high + 5.0 * definiteArticles / Math.max(1, arabic);
        }

        String describe() {
            return String.format(Locale.ROOT, "%d%% Arabic letters, %d%% suspicious characters",
                    percent(arabic), percent(bad));
        }

        private long percent(int n) {
            return high == 0 ? 0 : Math.round(100.0 * n / high);
        }
    }

    private static boolean isArabicLetter(char c) {
        return (c >= 0x0621 && c <= 0x064A) || (c >= 0x0671 && c <= 0x06D3);
    }

    /** Tanween may stand before a silent alef ({@code موظفًا}, {@code هدىً}), never before another letter. */
    private static boolean tanweenCannotPrecede(char next) {
        return isArabicLetter(next) && next != '\u0627' && next != '\u0649';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiLetter(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }
}
