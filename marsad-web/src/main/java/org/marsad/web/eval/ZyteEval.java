package org.marsad.web.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.marsad.web.html.HtmlArticleReader;
import org.marsad.web.html.WebArticle;
import org.marsad.web.html.meta.JsonTree;

/**
 * Scores the extractor's article body on the Zyte article-extraction benchmark
 * (ground-truth.json and html/ID.html.gz) with the benchmark's own metrics, see
 * {@link ShingleScore}; the ± figures are bootstrap standard deviations as in its evaluate.py
 * (1000 resamples, fixed seed here so runs repeat).
 *
 * <p>Run: {@code java -cp ... org.marsad.web.eval.ZyteEval [set-folder] [-v] [--output FILE]};
 * {@code -v} lists the documents with F1 under 0.8; {@code --output} writes the predictions in
 * the benchmark's own output format, so its evaluate.py can score them too.
 */
public final class ZyteEval {

    public static final String SET = "zyte-article-extraction";
    static final int BOOTSTRAP = 1000;
    private static final double REPORT_BELOW = 0.8;

    /** One benchmark page and its gold article body. */
    public record Item(String id, String url, String gold, byte[] html) {
    }

    /** Precision, recall, F1 (means over documents), accuracy and bootstrap deviations. */
    public record Result(double precision, double recall, double f1, double accuracy, double precisionStd,
            double recallStd, double f1Std, int documents) {
    }

    private ZyteEval() {
    }

    public static void main(String[] args) throws IOException {
        Path set = args.length > 0 && !args[0].startsWith("-") ? Path.of(args[0]) : EvalData.set(SET);
        boolean verbose = List.of(args).contains("-v");
        if (set == null) {
            System.err.println("no " + SET + " folder found");
            System.exit(2);
        }
        List<Item> items = load(set);
        int out = List.of(args).indexOf("--output");
        if (out >= 0 && out + 1 < args.length) {
            writePredictions(items, Path.of(args[out + 1]));
        }
        Result r = run(items, verbose);
        System.out.printf(Locale.ROOT, "%d documents%nmarsad-web  F1 %.3f ± %.3f  precision %.3f ± %.3f  recall %.3f ± %.3f"
                + "  accuracy %.3f%n", r.documents(), r.f1(), r.f1Std(), r.precision(), r.precisionStd(), r.recall(),
                r.recallStd(), r.accuracy());
    }

    /** Writes {"id": {"articleBody": "..."}} for every page, the format of the benchmark's output folder. */
    static void writePredictions(List<Item> items, Path file) throws IOException {
        HtmlArticleReader reader = new HtmlArticleReader();
        try (JsonGenerator json = new JsonFactory().createGenerator(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            for (Item item : items) {
                json.writeObjectFieldStart(item.id());
                json.writeStringField("articleBody", reader.extract(item.html(), item.url(), "text/html; charset=utf-8").body());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
    }

    public static List<Item> load(Path set) throws IOException {
        Object truth;
        try (Reader reader = Files.newBufferedReader(set.resolve("ground-truth.json"), StandardCharsets.UTF_8)) {
            truth = JsonTree.parseStrict(reader);
        }
        List<Item> items = new ArrayList<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) truth).entrySet()) {
            String id = (String) e.getKey();
            byte[] html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(set.resolve("html").resolve(id + ".html.gz")))) {
                html = in.readAllBytes();
            }
            String gold = JsonTree.string(e.getValue(), "articleBody");
            items.add(new Item(id, JsonTree.string(e.getValue(), "url"), gold == null ? "" : gold, html));
        }
        return items;
    }

    public static Result run(List<Item> items, boolean verbose) {
        HtmlArticleReader reader = new HtmlArticleReader();
        List<ShingleScore.Counts> counts = new ArrayList<>();
        double accurate = 0;
        for (Item item : items) {
            String body;
            try {
                // the pages are UTF-8, as the benchmark's README says
                WebArticle article = reader.extract(item.html(), item.url(), "text/html; charset=utf-8");
                body = article.body();
            } catch (RuntimeException ex) {
                System.err.println(item.id() + ": " + ex);
                body = "";
            }
            ShingleScore.Counts c = ShingleScore.match(item.gold(), body);
            counts.add(c);
            if (ShingleScore.sameTokens(item.gold(), body)) {
                accurate++;
            }
            if (verbose) {
                double[] m = ShingleScore.metrics(List.of(c));
                if (m[2] < REPORT_BELOW) {
                    System.out.printf(Locale.ROOT, "== %s F1 %.2f P %.2f R %.2f %s%n", item.id().substring(0, 12), m[2],
                            m[0], m[1], item.url());
                }
            }
        }
        double[] m = ShingleScore.metrics(counts);
        double[][] boot = bootstrap(counts);
        return new Result(m[0], m[1], m[2], accurate / items.size(), std(boot[0]), std(boot[1]), std(boot[2]),
                items.size());
    }

    private static double[][] bootstrap(List<ShingleScore.Counts> counts) {
        Random random = new Random(42);
        double[][] values = new double[3][BOOTSTRAP];
        int n = counts.size();
        for (int b = 0; b < BOOTSTRAP; b++) {
            List<ShingleScore.Counts> sample = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                sample.add(counts.get(random.nextInt(n)));
            }
            double[] m = ShingleScore.metrics(sample);
            for (int k = 0; k < 3; k++) {
                values[k][b] = m[k];
            }
        }
        return values;
    }

    /** Sample standard deviation, as Python's statistics.stdev. */
    private static double std(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double ss = 0;
        for (double x : v) {
            ss += (x - mean) * (x - mean);
        }
        return Math.sqrt(ss / (v.length - 1));
    }
}
