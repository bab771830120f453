package org.marsad.web.input;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.marsad.doc.Provenance;
import org.marsad.ingest.FormatContext;
import org.marsad.ingest.InputFormat;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.Rejection;
import org.marsad.web.html.HtmlArticleReader;
import org.marsad.web.html.WebArticle;

/**
 * A saved web page ({@code .html}, {@code .htm}, or any file that starts like HTML): one page,
 * one article, its text and metadata read by {@link HtmlArticleReader}.
 */
public final class HtmlFormat implements InputFormat {

    private static final String[] EXTENSIONS = {".html", ".htm", ".xhtml", ".shtml"};
    private static final String[] OPENINGS = {"<!doctype html", "<html", "<head"};

    private final HtmlArticleReader reader = new HtmlArticleReader();

    @Override
    public boolean claims(String lowerName) {
        for (String extension : EXTENSIONS) {
            if (lowerName.endsWith(extension)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean sniffs(byte[] head, int length) {
        String start = openingMarkup(head, length);
        for (String opening : OPENINGS) {
            if (start.startsWith(opening)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void read(InputStream in, String input, long knownSize, FormatContext context) {
        Provenance record = Provenance.ofFile(input);
        byte[] page = context.readWhole(in, record, knownSize);
        if (page == null) {
            return;
        }
        String binary = hasUtf16Bom(page) ? null : context.binaryKind(page);
        if (binary != null) {
            context.reject(record, Rejection.Kind.BINARY, "this is " + binary + ", not a web page");
            return;
        }
        read(page, record, null, null, null, context);
    }

    /**
     * Reads one page fetched from {@code url} (a crawl's record, a feed's link) and hands its
     * article to the context, or rejects it when the page holds no article text.
     *
     * @param contentType the HTTP Content-Type header, or null
     * @param downloaded  when it was fetched, or null
     */
    public void read(byte[] page, Provenance record, String url, String contentType,
            LocalDate downloaded, FormatContext context) {
        WebArticle extracted;
        try {
            extracted = reader.extract(page, url, contentType);
        } catch (RuntimeException e) {
            // jsoup copes with any markup; what escapes it is a defect worth a record-naming message
            context.reject(record, Rejection.Kind.MALFORMED, "the page could not be read: " + e);
            return;
        }
        RawArticle article = PageArticle.of(extracted, record, downloaded);
        if (article == null) {
            context.reject(record, Rejection.Kind.EMPTY, "no article text found in the web page");
            return;
        }
        context.accept(article);
    }

    /** The first markup of the page in lower case: past a UTF-8 BOM, white space and comments. */
    private static String openingMarkup(byte[] head, int length) {
        int from = length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3 : 0;
        // markup is ASCII, so a byte-for-char reading sees it whatever the page's encoding
        String text = new String(head, from, Math.max(0, Math.min(length, 1024) - from), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int i = 0;
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                if (end < 0) {
                    return "";
                }
                i = end + 3;
            } else if (text.startsWith("<?xml", i)) {
                int end = text.indexOf("?>", i);
                if (end < 0) {
                    return "";
                }
                i = end + 2;
            } else {
                return text.substring(i);
            }
        }
    }

    private static boolean hasUtf16Bom(byte[] page) {
        return page.length >= 2 && ((page[0] & 0xFF) == 0xFE && (page[1] & 0xFF) == 0xFF
                || (page[0] & 0xFF) == 0xFF && (page[1] & 0xFF) == 0xFE);
    }
}
