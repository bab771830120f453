package org.marsad.entity.ner;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * Unlabelled news for word classes: the {@code title} and {@code content} of every record of the
 * SaudiNewsNet zips (one JSON array a zip, a zip a crawl day), read in file-name order and turned
 * into the class keys of their tokens ({@link Word#classKey()}). Each text ends with a boundary
 * key, so no bigram spans two texts.
 */
public final class NewsCorpus {
    /** The key put between texts; never a token's key (tokens hold no white space). */
    public static final String BOUNDARY = " ";
    private static final JsonFactory JSON = new JsonFactory();

    private NewsCorpus() {
    }

    /** The corpus as ids into a vocabulary ranked by frequency, with keys seen fewer than {@code minCount} times as one id. */
    public static Encoded read(Path dir, int minCount) throws IOException {
        Map<String, Integer> firstIds = new HashMap<>(1 << 20);
        List<String> byFirstId = new ArrayList<>();
        int[][] buffer = {new int[1 << 22]};
        int[] length = {0};
        int[][] definite = {new int[1 << 16]};
        Tokenizer tokenizer = new Tokenizer();
        forEachText(dir, text -> {
            for (Token t : tokenizer.tokenize(text)) {
                Word w = Word.of(t, text);
                int id = add(w.classKey(), firstIds, byFirstId, buffer, length);
                if (w.prefix().endsWith("ال") || w.prefix().endsWith("لل")) {
                    if (id >= definite[0].length) {
                        definite[0] = Arrays.copyOf(definite[0], Math.max(id + 1, definite[0].length * 2));
                    }
                    definite[0][id]++;
                }
            }
            add(BOUNDARY, firstIds, byFirstId, buffer, length);
        });
        int[] counts = new int[byFirstId.size()];
        for (int i = 0; i < length[0]; i++) {
            counts[buffer[0][i]]++;
        }
        // rank by count, then by the key itself: the same corpus always gives the same ids
        Integer[] order = new Integer[counts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a])
                : byFirstId.get(a).compareTo(byFirstId.get(b)));
        int kept = 0;
        while (kept < order.length && counts[order[kept]] >= minCount) {
            kept++;
        }
        int[] rank = new int[counts.length];
        Arrays.fill(rank, kept); // the id of every rare key
        String[] vocabulary = new String[kept];
        int[] keptCounts = new int[kept];
        int[] keptDefinite = new int[kept];
        for (int r = 0; r < kept; r++) {
            rank[order[r]] = r;
            vocabulary[r] = byFirstId.get(order[r]);
            keptCounts[r] = counts[order[r]];
            keptDefinite[r] = order[r] < definite[0].length ? definite[0][order[r]] : 0;
        }
        int[] ids = new int[length[0]];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = rank[buffer[0][i]];
        }
        return new Encoded(ids, vocabulary, keptCounts, keptDefinite);
    }

    /**
     * The corpus as ids; the keys of ids {@code 0..V-1}, how often each occurs and how often with
     * the article; id {@code V} stands for every rare key.
     */
    public record Encoded(int[] ids, String[] vocabulary, int[] counts, int[] definite) {
    }

    private static int add(String key, Map<String, Integer> ids, List<String> keys, int[][] buffer, int[] length) {
        Integer id = ids.get(key);
        if (id == null) {
            id = keys.size();
            ids.put(key, id);
            keys.add(key);
        }
        if (length[0] == buffer[0].length) {
            buffer[0] = Arrays.copyOf(buffer[0], buffer[0].length * 2);
        }
        buffer[0][length[0]++] = id;
        return id;
    }

    /** Calls {@code sink} with every title and content of every zip in {@code dir}, in order. */
    static void forEachText(Path dir, Consumer<String> sink) throws IOException {
        List<Path> zips;
        try (Stream<Path> files = Files.list(dir)) {
            zips = files.filter(p -> p.getFileName().toString().endsWith(".zip")).sorted().toList();
        }
        if (zips.isEmpty()) {
            throw new IOException("no .zip files in " + dir);
        }
        for (Path zip : zips) {
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    if (e.getName().endsWith(".json")) {
                        readArray(in, sink);
                    }
                }
            }
        }
    }

    private static void readArray(InputStream in, Consumer<String> sink) throws IOException {
        JsonParser p = JSON.createParser(in);
        p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw new IOException("expected a JSON array of articles");
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.getCurrentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_STRING && (field.equals("title") || field.equals("content"))) {
                    sink.accept(p.getText());
                } else {
                    p.skipChildren();
                }
            }
        }
    }
}
