package org.marsad.server.view;

import java.util.ArrayList;
import java.util.List;
import org.marsad.index.Hit;

/**
 * A run of a search snippet, marked where the query matched. The index gives the snippet as raw
 * article text with markers; splitting it into parts here means no client ever has to treat
 * article text as HTML.
 */
public record SnippetPart(String text, boolean mark) {
    public static List<SnippetPart> of(String snippet) {
        List<SnippetPart> parts = new ArrayList<>();
        if (snippet == null) {
            return parts;
        }
        int at = 0;
        while (at < snippet.length()) {
            int open = snippet.indexOf(Hit.MARK_START, at);
            int close = open < 0 ? -1 : snippet.indexOf(Hit.MARK_END, open);
            if (open < 0 || close < 0) {
                parts.add(new SnippetPart(snippet.substring(at), false));
                break;
            }
            if (open > at) {
                parts.add(new SnippetPart(snippet.substring(at, open), false));
            }
            parts.add(new SnippetPart(snippet.substring(open + Hit.MARK_START.length(), close), true));
            at = close + Hit.MARK_END.length();
        }
        return parts;
    }
}
