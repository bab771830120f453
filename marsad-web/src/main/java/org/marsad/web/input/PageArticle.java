package org.marsad.web.input;

import java.time.LocalDate;
import org.marsad.doc.Provenance;
import org.marsad.ingest.RawArticle;
import org.marsad.web.html.WebArticle;

/**
 * Turns what was read from a web page into the article record every input becomes, so a page
 * saved to disk, a crawl's response and a feed's item all go down the same pipeline as text.
 */
public final class PageArticle {

    private PageArticle() {
    }

    /**
     * The page's headline, authors and main text as one article, with the page's date, site
     * name, language and address; null when the page holds no article text.
     *
     * @param downloaded when the page was fetched (a crawl's record date), only an upper bound
     *                   on its publication; or null
     */
    public static RawArticle of(WebArticle page, Provenance provenance, LocalDate downloaded) {
        if (page.body() == null || page.body().isBlank()) {
            return null;
        }
        String title = page.title() == null || page.title().isBlank() ? null : page.title().strip();
        return RawArticle.compose(provenance, title, page.author(), page.body().strip(), page.published(),
                downloaded, page.url(), page.siteName(), page.language());
    }
}
