package org.marsad.web.html.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page by lower-cased key, whichever attribute names them
 * ({@code name}, {@code property} for OpenGraph, {@code itemprop} for microdata,
 * {@code http-equiv}), every value kept in page order.
 */
final class MetaTags {

    private final Map<String, List<String>> values = new HashMap<>();

    MetaTags(Document doc) {
        for (Element meta : doc.getElementsByTag("meta")) {
            String content = meta.attr("content");
            if (content.isBlank()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = meta.attr(attr);
                if (!key.isEmpty()) {
                    values.computeIfAbsent(key.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1))
                            .add(content.strip());
                }
            }
        }
    }

    /** The first value of the first key present, or null. */
    String first(String... keys) {
        for (String key : keys) {
            List<String> v = values.get(key);
            if (v != null) {
                return v.get(0);
            }
        }
        return null;
    }

    /** All values of a key, in page order. */
    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }
}
