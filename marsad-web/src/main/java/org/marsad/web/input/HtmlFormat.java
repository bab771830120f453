package org.marsad.web.input;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.marsad.doc.Provenance;
import org.marsad.ingest.FormatContext;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.Rejection;
import org.marsad.web.html.HtmlArticleReader;
import org.marsad.web.html.WebArticle;

/**
 * A saved web page ({@code .html}, {@code .htm}, or any file that starts like HTML): one page,
 * one article, its text and metadata read by {@link HtmlArticleReader}.
 */
public final class HtmlFormat extends MarkupFormat {

    private static final List<String> EXTENSIONS = List.of(".html", ".htm", ".xhtml", ".shtml");
    private static final String[] OPENINGS = {"<!doctype html", "<html", "<head"};

    private final HtmlArticleReader reader = new HtmlArticleReader();

    public HtmlFormat() {
        super(EXTENSIONS, OPENINGS);
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

    private static boolean hasUtf16Bom(byte[] page) {
        return page.length >= 2 && ((page[0] & 0xFF) == 0xFE && (page[1] & 0xFF) == 0xFF
                || (page[0] & 0xFF) == 0xFF && (page[1] & 0xFF) == 0xFE);
    }
}
