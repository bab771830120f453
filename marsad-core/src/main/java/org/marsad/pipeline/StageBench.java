package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.Ingestor;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.Rejection;

/**
 * Times each stage of the per-article analysis on one thread: the articles are read into memory
 * first, the pipeline runs over them a few untimed passes so the JIT has compiled every stage, then
 * the timed passes; each stage's figure is the median over the passes.
 */
public final class StageBench {
    public static final int DEFAULT_WARMUP_RUNS = 2;

    /** Milliseconds per article in each stage (the median of the passes), in pipeline order. */
    public record Report(int articles, Map<String, Double> msPerArticle) {

        public double total() {
            return msPerArticle.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        /** The time of {@code stages} as a share of the time of all the others. */
        public double shareOver(List<String> stages) {
            double these = 0;
            for (String s : stages) {
                these += msPerArticle.getOrDefault(s, 0.0);
            }
            return these / (total() - these);
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            msPerArticle.forEach((stage, ms) -> b.append(String.format(Locale.ROOT, "  %-16s %7.3f ms/article  %5.1f%%%n",
                    stage, ms, 100 * ms / total())));
            b.append(String.format(Locale.ROOT, "  %-16s %7.3f ms/article (%d articles, 1 thread)", "total", total(), articles));
            return b.toString();
        }
    }

    private StageBench() {
    }

    /** Reads every article of the inputs into memory (the untimed part). */
    public static List<RawArticle> load(Ingestor ingestor, List<String> inputs) {
        List<RawArticle> articles = new ArrayList<>();
        ingestor.read(inputs, new ArticleSink() {
            @Override
            public void accept(RawArticle raw) {
                articles.add(raw);
            }

            @Override
            public void reject(Rejection rejection) {
            }
        });
        return articles;
    }

    public static Report run(Pipeline pipeline, List<RawArticle> articles, int warmupRuns, int runs) {
        Pipeline timed = pipeline.timed();
        StageTimes times = timed.times();
        Map<String, double[]> perRun = new LinkedHashMap<>();
        for (int r = 0; r < warmupRuns + runs; r++) {
            times.reset();
            for (RawArticle raw : articles) {
                timed.analyze(raw);
            }
            if (r < warmupRuns) {
                continue;
            }
            int run = r - warmupRuns;
            times.nanos().forEach((stage, nanos) -> perRun.computeIfAbsent(stage, k -> new double[runs])[run] =
                    nanos / 1e6 / articles.size());
        }
        Map<String, Double> median = new LinkedHashMap<>();
        perRun.forEach((stage, ms) -> {
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            median.put(stage, sorted[sorted.length / 2]);
        });
        return new Report(articles.size(), median);
    }
}
