package org.marsad.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.marsad.doc.ArticleMeta;
import org.marsad.doc.Doc;
import org.marsad.doc.Provenance;
import org.marsad.doc.SourceMap;

/**
 * Manual tool, not a test: indexes the SaudiNewsNet corpus and times indexing and search.
 *
 * <pre>
 * mvn -B -q -o -pl marsad-index test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx1g -cp marsad-index/target/test-classes:marsad-index/target/classes:$(cat /tmp/cp.txt) \
 *     org.marsad.index.SaudiNewsNetBench ../shared/corpus/saudinewsnet /tmp/snn-index [threads]
 * </pre>
 */
public final class SaudiNewsNetBench {
    private static final int COMMIT_EVERY = 5000;

    private SaudiNewsNetBench() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path indexDir = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        List<Doc> docs = read(corpus);
        long bytes = docs.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf(Locale.ROOT, "read %d articles, %.1f MB of text%n", docs.size(), bytes / 1e6);

        long start = System.nanoTime();
        try (ArticleIndex index = ArticleIndex.open(indexDir)) {
            AtomicInteger done = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                futures.add(pool.submit(() -> {
                    for (int i = first; i < docs.size(); i += threads) {
                        index.put(docs.get(i));
                        if (done.incrementAndGet() % COMMIT_EVERY == 0) {
                            index.commit();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            index.commit();
            System.out.println("indexed articles: " + index.count());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "indexing: %.1f s, %.0f docs/s, %.2f MB/s (%d threads)%n",
                seconds, docs.size() / seconds, bytes / 1e6 / seconds, threads);
        try (Stream<Path> files = Files.list(indexDir)) {
            long size = files.mapToLong(p -> p.toFile().length()).sum();
            System.out.printf(Locale.ROOT, "index size: %.1f MB%n", size / 1e6);
        }
        docs.clear();

        List<SearchRequest> queries = SearchBench.sampleQueries(indexDir, SearchBench.DEFAULT_QUERIES, SearchBench.DEFAULT_SEED);
        try (ArticleSearcher searcher = ArticleSearcher.open(indexDir)) {
            for (int i = 0; i < 12; i++) {
                SearchResult r = searcher.search(queries.get(i));
                System.out.println(queries.get(i).query() + " " + queries.get(i).outlets() + " " + queries.get(i).from()
                        + " -> " + r.totalHits() + (r.totalHitsExact() ? "" : "+") + " hits"
                        + (r.hits().isEmpty() ? "" : "; " + r.hits().get(0).headline() + " | " + r.hits().get(0).snippet()));
            }
            for (int run = 0; run < 3; run++) {
                System.out.println("search: " + SearchBench.run(searcher, queries, SearchBench.DEFAULT_WARMUP_ROUNDS));
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak heap (sum of pool peaks, an upper bound): %.0f MB%n", peak / 1e6);
    }

    private static List<Doc> read(Path corpus) throws IOException {
        List<Doc> docs = new ArrayList<>();
        JsonFactory json = new JsonFactory();
        try (Stream<Path> zips = Files.list(corpus)) {
            for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).sorted().toList()) {
                try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                    for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                        readArray(json, in, zip.getFileName() + "!" + entry.getName(), docs);
                    }
                }
            }
        }
        return docs;
    }

    private static void readArray(JsonFactory json, InputStream in, String file, List<Doc> docs) throws IOException {
        JsonParser parser = json.createParser(new NonClosing(in));
        parser.nextToken();
        int record = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            Map<String, String> fields = new HashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                fields.put(name, parser.getValueAsString());
            }
            String title = fields.getOrDefault("title", "");
            String text = title + "\n\n" + fields.getOrDefault("content", "");
            String date = fields.get("date_extracted");
            LocalDate published = date == null ? null : LocalDate.parse(date.substring(0, 10));
            ArticleMeta meta = new ArticleMeta(title, fields.get("source"), List.of(), null, fields.get("author"), null,
                    published, true, published, fields.get("url"), "ar");
            String id = fields.get("source") + ":" + fields.get("url");
            docs.add(new Doc(id, new Provenance(file, Integer.toString(record++)), text,
                    SourceMap.identity(text.length()), meta));
        }
    }

    /** Keeps the zip stream open when the JSON parser closes its input. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
