package org.marsad.ingest;

import java.time.LocalDate;
import java.util.Objects;
import org.marsad.doc.Provenance;
import org.marsad.doc.TextSpan;

/**
 * One article as read from its input, before any cleaning: the decoded text and whatever the
 * container said about it.
 *
 * <p>A plain-text file is its own text. A JSON record's text is composed of its fields as a
 * scraped page would show them (title line, author line, then the body), and {@code title} and
 * {@code byline} are the spans of those fields in it, so the cleaner reads every input the same
 * way and every offset still points at characters of the input.
 *
 * @param published  a publication date the record states ({@code date_publish}), or null
 * @param downloaded a download date, only an upper bound on publication, or null
 * @param outlet     the outlet the record names ({@code source_domain}, or a mapped field), or null
 */
public record RawArticle(
        Provenance provenance,
        String text,
        TextSpan title,
        TextSpan byline,
        LocalDate published,
        LocalDate downloaded,
        String url,
        String outlet,
        String language) {

    public RawArticle {
        Objects.requireNonNull(provenance);
        Objects.requireNonNull(text);
    }

    public static RawArticle ofText(Provenance provenance, String text) {
        return new RawArticle(provenance, text, null, null, null, null, null, null, null);
    }

    /**
     * An article made of separate parts (a JSON record's fields, a web page's headline and body),
     * laid out as a scraped page shows them: the title line, a blank line, the byline when there
     * is one, a blank line, then the body. The cleaner thus reads every input alike, and the title
     * and byline spans point at those parts of the text.
     *
     * @param title  the headline, or null
     * @param byline the author line, or null
     */
    public static RawArticle compose(Provenance provenance, String title, String byline, String body,
            LocalDate published, LocalDate downloaded, String url, String outlet, String language) {
        StringBuilder out = new StringBuilder(body.length() + 256);
        TextSpan titleSpan = null;
        TextSpan bylineSpan = null;
        if (title != null) {
            out.append(title);
            titleSpan = new TextSpan(0, out.length());
            out.append(BREAK);
        }
        if (byline != null) {
            int start = out.length();
            out.append(byline);
            bylineSpan = new TextSpan(start, out.length());
            out.append(BREAK);
        }
        out.append(body);
        return new RawArticle(provenance, out.toString(), titleSpan, bylineSpan, published, downloaded, url,
                outlet, language);
    }

    private static final String BREAK = "\n\n";
}
