package org.marsad.web.input;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.marsad.doc.Provenance;
import org.marsad.ingest.FormatContext;
import org.marsad.ingest.InputFormat;
import org.marsad.ingest.Rejection;
import org.marsad.ingest.WebAddressReader;
import org.marsad.web.fetch.FetchException;
import org.marsad.web.fetch.FetchedPage;
import org.marsad.web.fetch.PoliteFetcher;

/**
 * An input given as a web address: fetched politely, then read as a web page when it is one, or
 * by whichever input format recognises its bytes (a feed, whose items are then read in turn).
 * The day of the fetch is the download date: a page was published no later than that.
 */
public final class WebAddressInput implements WebAddressReader {

    private final PoliteFetcher fetcher;
    private final List<InputFormat> formats;
    private final HtmlFormat html = new HtmlFormat();
    private final PayloadKind kinds = new PayloadKind(html);

    /** @param formats the run's formats, for what is not a page (a feed reader that fetches its items) */
    public WebAddressInput(PoliteFetcher fetcher, List<InputFormat> formats) {
        this.fetcher = fetcher;
        this.formats = List.copyOf(formats);
    }

    @Override
    public void read(String address, FormatContext context) {
        Provenance record = Provenance.ofFile(address);
        FetchedPage page;
        try {
            page = fetcher.fetch(new URI(address));
        } catch (URISyntaxException e) {
            context.reject(record, Rejection.Kind.UNREADABLE, "not a valid web address (" + e.getReason() + ")");
            return;
        } catch (FetchException e) {
            context.reject(record, Rejection.Kind.UNREADABLE, "could not be fetched: " + e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching " + address, e);
        }
        byte[] body = page.body();
        if (body.length == 0) {
            context.reject(record, Rejection.Kind.EMPTY, "the server sent an empty answer");
            return;
        }
        String url = page.uri().toString();
        LocalDate fetched = LocalDate.now(ZoneOffset.UTC);
        if (kinds.notHtml(page.contentType(), body, Math.min(body.length, 8192), context) == null) {
            html.read(body, record, url, page.contentType(), fetched, context);
            return;
        }
        for (InputFormat format : formats) {
            if (format.sniffs(body, Math.min(body.length, 8192))) {
                format.read(new ByteArrayInputStream(body), address, body.length, context);
                return;
            }
        }
        context.reject(record, Rejection.Kind.MALFORMED, "neither a web page nor a feed ("
                + (page.contentType() == null ? "no Content-Type" : page.contentType()) + ")");
    }
}
