package org.marsad.server.ui;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An article's text cut into runs at every edge of its annotations, each run knowing which
 * layers cover it: an entity mention (linked to its entity), a time expression (with its value),
 * a quote (with its speaker), and the sentence a citation points at. Overlapping layers (a name
 * inside a quote) need no nesting this way, and the template escapes each run's text as it writes
 * it, so no article character ever reaches the page as markup.
 */
public final class ArticleMarkup {
    /** A run of text; {@code classes} come from a fixed vocabulary, {@code entity} is a corpus entity id or null. */
    public record Run(String text, String classes, String entity, String title, boolean anchor) {
    }

    private record Span(int start, int end, String label, String entity) {
        boolean covers(int from, int to) {
            return start <= from && to <= end;
        }
    }

    private ArticleMarkup() {
    }

    /**
     * @param article the export's article object
     * @param citeStart start of the cited sentence, or -1 for none
     * @param linked whether an entity id names a corpus entity (only those are linked)
     */
    public static List<Run> runs(JsonNode article, int citeStart, int citeEnd, java.util.function.Predicate<String> linked) {
        String text = article.path("text").asText("");
        List<Span> entities = spans(article.path("entities"), text, "type", "entity");
        List<Span> timexes = spans(article.path("timexes"), text, "value", null);
        List<Span> quotes = spans(article.path("quotes"), text, "speaker", null);
        boolean cited = 0 <= citeStart && citeStart < citeEnd && citeEnd <= text.length();
        TreeSet<Integer> edges = new TreeSet<>(List.of(0, text.length()));
        for (List<Span> layer : List.of(entities, timexes, quotes)) {
            layer.forEach(s -> {
                edges.add(s.start());
                edges.add(s.end());
            });
        }
        if (cited) {
            edges.add(citeStart);
            edges.add(citeEnd);
        }
        List<Run> runs = new ArrayList<>();
        boolean anchored = false;
        Integer from = edges.first();
        for (Integer to = edges.higher(from); to != null; from = to, to = edges.higher(to)) {
            Span entity = covering(entities, from, to);
            Span timex = covering(timexes, from, to);
            Span quote = covering(quotes, from, to);
            boolean inCited = cited && citeStart <= from && to <= citeEnd;
            StringBuilder classes = new StringBuilder();
            List<String> titles = new ArrayList<>();
            String entityId = null;
            if (entity != null) {
                classes.append(" ent ent-").append(entityType(entity.label()));
                entityId = entity.entity() != null && linked.test(entity.entity()) ? entity.entity() : null;
            }
            if (timex != null) {
                classes.append(" timex");
                titles.add(timex.label());
            }
            if (quote != null) {
                classes.append(" quote");
                titles.add("«" + quote.label() + "»");
            }
            if (inCited) {
                classes.append(" cited");
            }
            boolean anchor = inCited && !anchored;
            anchored |= anchor;
            runs.add(new Run(text.substring(from, to), classes.toString().strip(), entityId,
                    String.join(" · ", titles), anchor));
        }
        return runs;
    }

    private static String entityType(String type) {
        return switch (type == null ? "" : type) {
            case "PER", "ORG", "LOC", "MISC" -> type.toLowerCase(java.util.Locale.ROOT);
            default -> "misc";
        };
    }

    private static Span covering(List<Span> spans, int from, int to) {
        for (Span s : spans) {
            if (s.covers(from, to)) {
                return s;
            }
        }
        return null;
    }

    private static List<Span> spans(JsonNode items, String text, String labelField, String entityField) {
        List<Span> out = new ArrayList<>();
        for (JsonNode n : items) {
            int start = n.path("start").asInt(-1);
            int end = n.path("end").asInt(-1);
            if (0 <= start && start < end && end <= text.length()) {
                out.add(new Span(start, end, n.path(labelField).asText(""),
                        entityField == null || n.path(entityField).isNull() ? null : n.path(entityField).asText(null)));
            }
        }
        return out;
    }
}
