package org.marsad.server.view;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Pages rendered once and sent again while the corpus is unchanged. A story's page is a pure
 * function of the corpus, which changes only when an article is ingested, and rendering a large
 * story's summary and timeline costs far more than sending it. The least recently asked for go
 * first once the pages hold more than their budget of characters; all go when the corpus changes.
 */
public final class RenderedPages {
    private final LongSupplier corpusVersion;
    private final long maxChars;
    private final LinkedHashMap<String, String> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long chars;
    private long version = -1;

    /**
     * @param corpusVersion the corpus's {@link org.marsad.server.corpus.Corpus#version version}
     * @param maxChars      how many characters the pages may hold together (two bytes each on the heap)
     */
    public RenderedPages(LongSupplier corpusVersion, long maxChars) {
        this.corpusVersion = corpusVersion;
        this.maxChars = maxChars;
    }

    /** The page under {@code key}, rendered now if it is not kept; a failed rendering is not kept. */
    public String get(String key, Supplier<String> render) {
        long current = corpusVersion.getAsLong();
        synchronized (this) {
            if (version != current) {
                pages.clear();
                chars = 0;
                version = current;
            }
            String page = pages.get(key);
            if (page != null) {
                return page;
            }
        }
        // rendered outside the lock: two readers of one new page may both render it, nobody waits
        String page = render.get();
        synchronized (this) {
            if (version == current && page.length() <= maxChars && pages.putIfAbsent(key, page) == null) {
                chars += page.length();
                evict();
            }
        }
        return page;
    }

    private void evict() {
        Iterator<Map.Entry<String, String>> oldest = pages.entrySet().iterator();
        while (chars > maxChars && oldest.hasNext()) {
            chars -= oldest.next().getValue().length();
            oldest.remove();
        }
    }
}
