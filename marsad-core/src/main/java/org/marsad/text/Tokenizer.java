package org.marsad.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.doc.Layer;

/**
 * Splits a range of text into {@link Token}s in one left-to-right pass over a character-class
 * table ({@link CharKind}), in the manner of Lucene's StandardTokenizer but with Arabic rules:
 *
 * <ul>
 *   <li>a word is a run of Arabic letters with their harakat, tatweel and zero-width joiners;
 *       its {@code norm} is {@link ArabicNormalizer}'s fold and its {@code stem} drops the
 *       proclitics found by {@link Clitics};</li>
 *   <li>a number is a run of digits (any script), with {@code . , : /} and the Arabic decimal and
 *       thousands separators kept when they stand between two digits ({@code 1.5},
 *       {@code 20:30}, {@code 1.1.2020}, {@code ١٬٠٠٠});</li>
 *   <li>a Latin token is a run of letters of another script with digits ({@code G7}), and an
 *       apostrophe between letters ({@code O'Brien});</li>
 *   <li>a proclitic glued to a number or a Latin word, with or without tatweel ({@code الـ7},
 *       {@code لـCNN}, {@code و7}), is the prefix of that token (whose kind and stem are the
 *       number's or the word's); one written with tatweel before anything else
 *       ({@code بـ"ردع"}) is a word of its own with an empty stem;</li>
 *   <li>every punctuation mark is a token, except that a run of full stops is one ({@code ...});
 *       symbols are tokens; white space and invisible marks are not.</li>
 * </ul>
 *
 * <p>No regular expressions and no per-character allocation: the token strings are the only
 * objects made, and single marks reuse cached strings.
 */
public final class Tokenizer {
    public static final Layer<Token> LAYER = Layer.of("tokens", Token.class);

    private static final String[] SINGLE = buildSingles();

    private final Clitics clitics;

    public Tokenizer() {
        this(Clitics.standard());
    }

    public Tokenizer(Clitics clitics) {
        this.clitics = clitics;
    }

    public List<Token> tokenize(CharSequence text) {
        return tokenize(text, 0, text.length());
    }

    /** The tokens of {@code text[start, end)}, with offsets into {@code text}. */
    public List<Token> tokenize(CharSequence text, int start, int end) {
        List<Token> out = new ArrayList<>(Math.max(4, (end - start) / 5));
        tokenize(text, start, end, out);
        return out;
    }

    /** Appends the tokens of {@code text[start, end)} to {@code out}. */
    void tokenize(CharSequence text, int start, int end, List<Token> out) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") of a text of " + text.length());
        }
        Scratch scratch = new Scratch();
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            switch (CharKind.of(c)) {
                case CharKind.ARABIC -> i = word(text, i, end, out, scratch);
                case CharKind.DIGIT -> i = number(text, i, end, i, "", out, scratch);
                case CharKind.LATIN -> i = latin(text, i, end, i, "", out, scratch);
                case CharKind.PUNCT -> i = punct(text, i, end, out);
                case CharKind.SYMBOL -> {
                    out.add(new Token(i, i + 1, SINGLE[c], SINGLE[c], 0, Token.Kind.SYMBOL));
                    i++;
                }
                case CharKind.SURROGATE -> i = supplementary(text, i, end, out);
                default -> i++;
            }
        }
    }

    private int word(CharSequence text, int start, int end, List<Token> out, Scratch s) {
        int j = start;
        s.length = 0;
        int hamzated = 0;
        while (j < end) {
            char c = text.charAt(j);
            byte kind = CharKind.of(c);
            if (kind != CharKind.ARABIC && kind != CharKind.MARK && kind != CharKind.JOINER) {
                break;
            }
            if (ArabicNormalizer.isHamzatedAlef(c)) {
                int at = ArabicNormalizer.expands(c) ? s.length + 1 : s.length; // lam-alef: the alef is second
                hamzated |= at < 31 ? 1 << at : 0;
            }
            s.append(c, j);
            j++;
        }
        if (s.length == 0) {
            return j; // presentation forms of lone harakat: nothing to index
        }
        String norm = new String(s.chars, 0, s.length);
        char next = j < end ? text.charAt(j) : 0;
        byte nextKind = j < end ? CharKind.of(next) : CharKind.SPACE;
        boolean tatweel = text.charAt(j - 1) == '\u0640';
        if ((tatweel || nextKind == CharKind.DIGIT || nextKind == CharKind.LATIN) && clitics.isAttachablePrefix(norm)) {
            if (nextKind == CharKind.DIGIT) {
                return number(text, j, end, start, norm, out, s);
            }
            if (nextKind == CharKind.LATIN) {
                return latin(text, j, end, start, norm, out, s);
            }
            out.add(new Token(start, j, norm, "", j - start, Token.Kind.WORD));
            return j;
        }
        int p = clitics.prefixLength(norm, hamzated);
        if (p == 0) {
            out.add(new Token(start, j, norm, norm, 0, Token.Kind.WORD));
        } else {
            out.add(new Token(start, j, norm, norm.substring(p), s.origin[p] - start, Token.Kind.WORD));
        }
        return j;
    }

    /** A number from {@code from}; the token starts at {@code start} (before a proclitic). */
    private static int number(CharSequence text, int from, int end, int start, String prefix, List<Token> out,
            Scratch s) {
        s.length = 0;
        int j = from;
        while (j < end) {
            char c = text.charAt(j);
            if (CharKind.of(c) == CharKind.DIGIT
                    || (isNumberJoiner(c) && j + 1 < end && CharKind.of(text.charAt(j + 1)) == CharKind.DIGIT)) {
                s.append(c, j);
                j++;
            } else {
                break;
            }
        }
        String digits = new String(s.chars, 0, s.length);
        out.add(new Token(start, j, prefix.isEmpty() ? digits : prefix + digits, digits, from - start,
                Token.Kind.NUMBER));
        return j;
    }

    private static int latin(CharSequence text, int from, int end, int start, String prefix, List<Token> out,
            Scratch s) {
        s.length = 0;
        int j = from;
        while (j < end) {
            char c = text.charAt(j);
            byte kind = CharKind.of(c);
            boolean apostrophe = (c == '\'' || c == '\u2019') && j > from && j + 1 < end
                    && CharKind.of(text.charAt(j + 1)) == CharKind.LATIN;
            if (kind != CharKind.LATIN && kind != CharKind.DIGIT && kind != CharKind.MARK && !apostrophe) {
                break;
            }
            char lower = c <= 'Z' && c >= 'A' ? (char) (c + 32) : c < 0x80 ? c : Character.toLowerCase(c);
            s.append(lower, j);
            j++;
        }
        String word = new String(s.chars, 0, s.length);
        out.add(new Token(start, j, prefix.isEmpty() ? word : prefix + word, word, from - start, Token.Kind.LATIN));
        return j;
    }

    private static int punct(CharSequence text, int start, int end, List<Token> out) {
        char c = text.charAt(start);
        if (c != '.') {
            out.add(new Token(start, start + 1, SINGLE[c], SINGLE[c], 0, Token.Kind.PUNCT));
            return start + 1;
        }
        int j = start + 1;
        while (j < end && text.charAt(j) == '.') {
            j++;
        }
        String dots = j - start == 1 ? "." : j - start == 3 ? "..." : ".".repeat(j - start);
        out.add(new Token(start, j, dots, dots, 0, Token.Kind.PUNCT));
        return j;
    }

    private static int supplementary(CharSequence text, int start, int end, List<Token> out) {
        char c = text.charAt(start);
        if (!Character.isHighSurrogate(c) || start + 1 >= end || !Character.isLowSurrogate(text.charAt(start + 1))) {
            return start + 1;
        }
        int cp = Character.toCodePoint(c, text.charAt(start + 1));
        String s = text.subSequence(start, start + 2).toString();
        Token.Kind kind = Character.isLetterOrDigit(cp) ? Token.Kind.LATIN : Token.Kind.SYMBOL;
        out.add(new Token(start, start + 2, s, s, 0, kind));
        return start + 2;
    }

    private static boolean isNumberJoiner(char c) {
        return c == '.' || c == ',' || c == ':' || c == '/' || c == '\u066B' || c == '\u066C';
    }

    private static String[] buildSingles() {
        String[] singles = new String[65536];
        for (int c = 0; c < 65536; c++) {
            byte kind = CharKind.of((char) c);
            if (kind == CharKind.PUNCT || kind == CharKind.SYMBOL) {
                char f = ArabicNormalizer.fold((char) c);
                singles[c] = String.valueOf(f == 0 ? (char) c : f);
            }
        }
        return singles;
    }

    /** A growable buffer of folded characters and the offset each came from. */
    private static final class Scratch {
        char[] chars = new char[64];
        int[] origin = new int[65];
        int length;

        void append(char c, int at) {
            char f = ArabicNormalizer.fold(c);
            if (f == c && ArabicNormalizer.expands(c)) {
                String expansion = ArabicNormalizer.foldToString(c);
                for (int k = 0; k < expansion.length(); k++) {
                    put(expansion.charAt(k), at);
                }
            } else if (f != 0) {
                put(f, at);
            }
        }

        private void put(char c, int at) {
            if (length == chars.length) {
                chars = Arrays.copyOf(chars, length * 2);
                origin = Arrays.copyOf(origin, length * 2 + 1);
            }
            chars[length] = c;
            origin[length++] = at;
        }
    }
}
