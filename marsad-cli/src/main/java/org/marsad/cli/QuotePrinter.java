package org.marsad.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.export.ArticleHeader;
import org.marsad.export.QuoteRecord;
import org.marsad.quote.SpeakerTally;

/**
 * What {@code marsad quotes} prints: quotes with the date and source of their article, or speakers
 * with their counts; as text or as JSON Lines.
 */
final class QuotePrinter {
    private static final JsonFactory JSON = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final PrintStream out;
    private final boolean json;

    QuotePrinter(PrintStream out, boolean json) {
        this.out = out;
        this.json = json;
    }

    /** The quotes in the order given, at most {@code limit} of them (0: all). */
    void quotes(String name, List<QuoteRecord> quotes, int limit) throws IOException {
        List<QuoteRecord> shown = first(quotes, limit);
        if (json) {
            jsonLines(shown, QuotePrinter::writeQuote);
            return;
        }
        if (quotes.isEmpty()) {
            out.println("no quotes by " + name);
            return;
        }
        out.printf(Locale.ROOT, "%s by %s, oldest first; as written: %s%n", count(quotes.size(), "quote"), name,
                spellings(quotes));
        ArticleHeader last = null;
        for (QuoteRecord q : shown) {
            ArticleHeader a = q.article();
            if (a != last) { // an article's quotes come together: its date and source once
                out.println();
                out.println(date(a) + "  " + orDash(a.outlet()) + "  " + (a.headline() != null ? oneLine(a.headline())
                        : "(no headline)"));
                out.println("  source: " + a.source() + "  [" + a.id() + "]");
                last = a;
            }
            out.println("  " + q.speaker() + ", " + q.kind() + (q.cue() != null ? ", " + q.cue() : "") + ":");
            out.println("    " + (q.direct() ? "«" + oneLine(q.said()) + "»" : oneLine(q.said())));
        }
        if (shown.size() < quotes.size()) {
            out.printf(Locale.ROOT, "%n… %s (-n 0 shows all)%n", count(quotes.size() - shown.size(), "more quote"));
        }
    }

    /** The speakers, most quoted first, at most {@code limit} of them (0: all). */
    void speakers(List<SpeakerTally.Row> rows, int limit) throws IOException {
        List<SpeakerTally.Row> shown = first(rows, limit);
        if (json) {
            jsonLines(shown, QuotePrinter::writeSpeaker);
            return;
        }
        int total = rows.stream().mapToInt(SpeakerTally.Row::quotes).sum();
        out.printf(Locale.ROOT, "%s by %s, most quoted first%n", count(total, "quote"), count(rows.size(), "speaker"));
        if (rows.isEmpty()) {
            return;
        }
        out.println("quotes  direct  indirect  speaker");
        for (SpeakerTally.Row r : shown) {
            out.printf(Locale.ROOT, "%6d  %6d  %8d  %s%s%n", r.quotes(), r.direct(), r.indirect(), r.speaker(),
                    r.latin() != null ? " (" + r.latin() + ")" : "");
        }
        if (shown.size() < rows.size()) {
            out.printf(Locale.ROOT, "… %s (-n 0 shows all)%n", count(rows.size() - shown.size(), "more speaker"));
        }
    }

    private static <T> List<T> first(List<T> all, int limit) {
        return limit > 0 && all.size() > limit ? all.subList(0, limit) : all;
    }

    /** Writes one JSON object a line. */
    private interface JsonLine<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    private <T> void jsonLines(List<T> values, JsonLine<T> line) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter("")); // each object ends its own line
            for (T v : values) {
                line.write(g, v);
                g.writeRaw('\n');
            }
        }
    }

    private static void writeQuote(JsonGenerator g, QuoteRecord q) throws IOException {
        ArticleHeader a = q.article();
        g.writeStartObject();
        g.writeStringField("published", a.published() != null ? a.published().toString() : null);
        g.writeBooleanField("published_inferred", a.publishedInferred());
        g.writeStringField("outlet", a.outlet());
        g.writeStringField("headline", a.headline());
        g.writeStringField("source", a.source());
        g.writeStringField("article", a.id());
        g.writeStringField("kind", q.kind());
        g.writeStringField("speaker", q.speaker());
        g.writeStringField("speaker_entity", q.speakerEntity());
        g.writeStringField("quote", q.said());
        g.writeStringField("cue", q.cue());
        g.writeNumberField("start", q.start());
        g.writeNumberField("end", q.end());
        g.writeEndObject();
    }

    private static void writeSpeaker(JsonGenerator g, SpeakerTally.Row r) throws IOException {
        g.writeStartObject();
        g.writeStringField("speaker", r.speaker());
        g.writeStringField("speaker_entity", r.entity());
        g.writeStringField("latin", r.latin());
        g.writeNumberField("quotes", r.quotes());
        g.writeNumberField("direct", r.direct());
        g.writeNumberField("indirect", r.indirect());
        g.writeEndObject();
    }

    /** The speakers as the texts wrote them, most often first: {@code دميتري بيسكوف (2), ديمتري بيسكوف (1)}. */
    private static String spellings(List<QuoteRecord> quotes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (QuoteRecord q : quotes) {
            counts.merge(q.speaker(), 1, Integer::sum);
        }
        return String.join(", ", counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " (" + e.getValue() + ")").toList());
    }

    /** {@code 1 quote}, {@code 1,204 quotes}. */
    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    private static String date(ArticleHeader a) {
        if (a.published() == null) {
            return "undated";
        }
        return a.published() + (a.publishedInferred() ? " (inferred)" : "");
    }

    private static String orDash(String s) {
        return s != null ? s : "-";
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ");
    }
}
