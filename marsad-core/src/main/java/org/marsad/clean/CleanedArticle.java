package org.marsad.clean;

import org.marsad.doc.ArticleMeta;
import org.marsad.doc.SourceMap;
import org.marsad.doc.TextSpan;

/**
 * The article text selected from the source (headline, then body paragraphs, separated by blank
 * lines), its map back to the source, and what was read off the dropped parts.
 *
 * @param headline the headline's span in {@code text}, or null when the article has none
 */
public record CleanedArticle(String text, SourceMap sourceMap, TextSpan headline, ArticleMeta meta) {
}
