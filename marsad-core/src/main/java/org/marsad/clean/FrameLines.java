package org.marsad.clean;

import org.marsad.text.Lexicon;
import org.marsad.text.Words;

/**
 * The lines that frame an article rather than tell it: the outlet's masthead printed above the
 * headline, a wire byline above it, and a source or staff credit at the foot. Each is read for the
 * metadata it gives and left out of the text.
 */
final class FrameLines {
    static final int MAX_MASTHEAD_WORDS = 4;

    private final BylineVocabulary vocabulary;
    private final BylineParser bylines;
    private final Lexicon outletKinds = Lexicon.load("clean/outlet-kinds.txt");
    private final Lexicon creditWords = Lexicon.load("clean/credit-words.txt");
    private final Lexicon staffWords = Lexicon.load("clean/staff-words.txt");

    FrameLines(BylineVocabulary vocabulary, BylineParser bylines) {
        this.vocabulary = vocabulary;
        this.bylines = bylines;
    }

    /**
     * A page printed with its masthead starts with the outlet's name alone on a line: a known
     * outlet or agency ({@code الجزيرة نت}, {@code وكالة الأنباء الفرنسية}), or a kind of outlet and
     * its name ({@code صحيفة الغارديان}). A headline is longer, or reads as a sentence.
     */
    boolean isMasthead(String src, Line line) {
        if (line.words(src) > MAX_MASTHEAD_WORDS || !Boilerplate.hasLetter(src, line.start(), line.end())
                || ArticleCleaner.endsStatement(src.charAt(line.end() - 1))) {
            return false;
        }
        String text = line.textIn(src);
        if (text.indexOf(':') >= 0 || text.indexOf('،') >= 0) {
            return false;
        }
        if (vocabulary.isOutlet(text) || vocabulary.isAgency(text)) {
            return true;
        }
        int[][] words = Words.of(src, line.start(), line.end());
        return words.length >= 2 && words.length <= 3
                && outletKinds.contains(src.substring(words[0][0], words[0][1]));
    }

    /**
     * A wire byline printed above the headline ({@code أنقرة/ الأناضول}): short, no sentence, two
     * or more parts all known (places, agencies, outlets, dates), one an agency or an outlet; or
     * null. A city alone could be a headline's first words.
     */
    Byline bylineAbove(String src, Line line) {
        if (line.words(src) > ArticleCleaner.MAX_BYLINE_LINE_WORDS
                || ArticleCleaner.endsStatement(src.charAt(line.end() - 1))) {
            return null;
        }
        Byline b = bylines.parse(src, line.start(), line.end());
        return b.parts().size() >= 2 && allKnown(b) && (!b.agencies().isEmpty() || b.outlet() != null) ? b : null;
    }

    /** Every part found in the vocabulary or read as a date, none placed by guess. */
    private static boolean allKnown(Byline b) {
        return b.parts().stream().allMatch(p -> !p.guessed() && switch (p.kind()) {
            case AGENCY, PLACE, OUTLET, DATE -> true;
            default -> false;
        });
    }

    /** After the colon of a short source-credit line ({@code المصدر: ...}), or -1. */
    int creditEnd(String src, Line line) {
        if (line.words(src) > ArticleCleaner.MAX_BYLINE_LINE_WORDS) {
            return -1;
        }
        int colon = src.indexOf(':', line.start());
        if (colon < 0 || colon >= line.end() || !creditWords.contains(src.substring(line.start(), colon).strip())) {
            return -1;
        }
        return colon + 1;
    }

    /**
     * The wire's staff credit closing a story, in brackets: {@code (إعداد محمد علي للنشرة العربية -
     * تحرير سامح البرديسي)}. The names in it wrote the copy; the story is not about them.
     */
    boolean isStaffCredit(String src, Line line) {
        if (src.charAt(line.start()) != '(' || src.charAt(line.end() - 1) != ')') {
            return false;
        }
        int[][] words = Words.of(src, line.start() + 1, line.end() - 1);
        return words.length > 0 && staffWords.contains(src.substring(words[0][0], words[0][1]));
    }
}
