package org.marsad.web.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.web.html.HtmlArticleReader;
import org.marsad.web.html.WebArticle;
import org.marsad.web.html.meta.JsonTree;

/**
 * Scores the extractor on trafilatura's evaluation set (evaldata.json and the pages in
 * html-eval-and-cache.tar.gz, read without unpacking) exactly as trafilatura's
 * tests/evaluate.py scores extractors: see {@link SegmentCounts}. Also reports how often the
 * headline and the publication date equal the set's gold values, where it has them.
 *
 * <p>Run: {@code java -cp ... org.marsad.web.eval.TrafilaturaEval [set-folder] [-v]}; with
 * {@code -v} every document with a missed or unwanted snippet is listed.
 */
public final class TrafilaturaEval {

    public static final String SET = "trafilatura-evalset";

    /** One annotated page. */
    public record Item(String url, String file, List<String> with, List<String> without, String title, String date,
            byte[] html) {
    }

    /** The outcome of a run. */
    public record Result(SegmentCounts counts, int documents, int titles, int titlesRight, int dates, int datesRight) {
        public double titleAccuracy() {
            return titles == 0 ? 0 : (double) titlesRight / titles;
        }

        public double dateAccuracy() {
            return dates == 0 ? 0 : (double) datesRight / dates;
        }
    }

    private TrafilaturaEval() {
    }

    public static void main(String[] args) throws IOException {
        Path set = args.length > 0 && !args[0].startsWith("-") ? Path.of(args[0]) : EvalData.set(SET);
        boolean verbose = List.of(args).contains("-v");
        if (set == null) {
            System.err.println("no " + SET + " folder found");
            System.exit(2);
        }
        List<Item> items = load(set);
        Result r = run(items, verbose);
        System.out.println(r.documents() + " documents, " + (r.counts().tp + r.counts().fn) + " text & "
                + (r.counts().fp + r.counts().tn) + " boilerplate segments");
        System.out.println("marsad-web  " + r.counts());
        System.out.printf(Locale.ROOT, "title: %d/%d = %.3f exact (white space collapsed)%n", r.titlesRight(), r.titles(),
                r.titleAccuracy());
        System.out.printf(Locale.ROOT, "date:  %d/%d = %.3f exact day%n", r.datesRight(), r.dates(), r.dateAccuracy());
    }

    /** The annotated pages of the set, in the order of evaldata.json. */
    public static List<Item> load(Path set) throws IOException {
        Map<String, byte[]> archive = TarGz.read(set.resolve("html-eval-and-cache.tar.gz"));
        Object data;
        try (Reader reader = Files.newBufferedReader(set.resolve("evaldata.json"), StandardCharsets.UTF_8)) {
            data = JsonTree.parseStrict(reader);
        }
        List<Item> items = new ArrayList<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) data).entrySet()) {
            Object item = entry.getValue();
            String file = Normalizer.normalize(JsonTree.string(item, "file"), Normalizer.Form.NFC);
            // as eval_common.resolve: tests/cache first, then tests/eval
            byte[] html = archive.get("tests/cache/" + file);
            if (html == null) {
                html = archive.get("tests/eval/" + file);
            }
            if (html == null) {
                throw new IOException("no page " + file + " in the archive");
            }
            items.add(new Item((String) entry.getKey(), file, strings(item, "with"), strings(item, "without"),
                    JsonTree.string(item, "title"), JsonTree.string(item, "date"), html));
        }
        return items;
    }

    public static Result run(List<Item> items, boolean verbose) {
        HtmlArticleReader reader = new HtmlArticleReader();
        SegmentCounts counts = new SegmentCounts();
        int titles = 0, titlesRight = 0, dates = 0, datesRight = 0;
        for (Item item : items) {
            WebArticle article;
            try {
                article = reader.extract(item.html(), item.url(), null);
            } catch (RuntimeException e) {
                article = null;
                System.err.println(item.file() + ": " + e);
            }
            SegmentCounts one = counts.add(item.with(), item.without(), article == null ? null : article.body());
            if (verbose && (one.fn > 0 || one.fp > 0)) {
                report(item, article, one);
            }
            if (item.title() != null && !item.title().isBlank()) {
                titles++;
                if (article != null && article.title() != null
                        && SegmentCounts.norm(article.title()).equals(SegmentCounts.norm(item.title()))) {
                    titlesRight++;
                }
            }
            if (item.date() != null && !item.date().isBlank()) {
                dates++;
                if (article != null && article.published() != null && article.published().toString().equals(item.date())) {
                    datesRight++;
                }
            }
        }
        return new Result(counts, items.size(), titles, titlesRight, dates, datesRight);
    }

    private static void report(Item item, WebArticle article, SegmentCounts one) {
        String text = article == null || article.body() == null ? "" : SegmentCounts.norm(article.body());
        System.out.println("== " + item.file() + "  fn " + one.fn + " fp " + one.fp + "  chars " + text.length());
        for (String w : item.with()) {
            if (!text.contains(SegmentCounts.norm(w))) {
                System.out.println("   missed:   " + w);
            }
        }
        for (String w : item.without()) {
            if (text.contains(SegmentCounts.norm(w))) {
                System.out.println("   unwanted: " + w);
            }
        }
    }

    private static List<String> strings(Object item, String field) {
        List<String> out = new ArrayList<>();
        for (Object o : JsonTree.list(item, field)) {
            out.add((String) o);
        }
        return out;
    }
}
