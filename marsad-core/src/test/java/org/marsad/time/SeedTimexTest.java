package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.SeedGold;
import org.marsad.text.SentenceSplitter;

/** Runs the tagger over the five seed articles and scores it the way the shared scorer does. */
class SeedTimexTest {

    /** Recall measured on the seeds when this test was written; the test keeps it from falling. */
    static final double MIN_SPAN_RECALL = 1.0;
    static final double MIN_VALUE_ACCURACY = 1.0;

    @Test
    void seedArticlesReachTheMeasuredSpanRecallAndValueAccuracy() throws IOException {
        Map<String, Object> gold = SeedGold.load();
        Path shared = SeedGold.shared();
        TimexTagger tagger = new TimexTagger();
        SentenceSplitter splitter = new SentenceSplitter();
        int goldCount = 0;
        int hits = 0;
        int values = 0;
        int system = 0;
        int falseAlarms = 0;
        for (Object d : (List<?>) gold.get("documents")) {
            Map<String, Object> doc = SeedGold.asMap(d);
            String text = Files.readString(shared.resolve("corpus/seeds").resolve((String) doc.get("file")),
                    StandardCharsets.UTF_8);
            List<?> range = (List<?>) SeedGold.asMap(doc.get("published")).get("range");
            LocalDate lo = LocalDate.parse((String) range.get(0));
            LocalDate hi = LocalDate.parse((String) range.get(1));
            LocalDate anchor = lo.plusDays((hi.toEpochDay() - lo.toEpochDay() + 1) / 2);
            List<Timex> found = tagger.tag(text, splitter.split(text), anchor);
            List<int[]> goldSpans = new ArrayList<>();
            for (Object t : (List<?>) doc.get("timexes")) {
                Map<String, Object> tx = SeedGold.asMap(t);
                int[] span = SeedGold.locate(text, (String) tx.get("ctx"), (String) tx.get("text"));
                goldSpans.add(span);
                if (Boolean.TRUE.equals(tx.get("optional"))) {
                    continue;
                }
                goldCount++;
                List<?> accepted = (List<?>) tx.get("value");
                boolean hit = false;
                boolean value = false;
                for (Timex x : found) {
                    if (span != null && x.start() < span[1] && span[0] < x.end()) {
                        hit = true;
                        value |= accepted.contains(x.value());
                    }
                }
                hits += hit ? 1 : 0;
                values += value ? 1 : 0;
                if (!value && Boolean.getBoolean("marsad.verbose")) {
                    System.out.println("MISS " + doc.get("file") + " " + tx.get("text") + " " + accepted);
                }
            }
            for (Timex x : found) {
                system++;
                boolean any = goldSpans.stream().anyMatch(s -> s != null && x.start() < s[1] && s[0] < x.end());
                if (!any) {
                    falseAlarms++;
                    if (Boolean.getBoolean("marsad.verbose")) {
                        System.out.println("FA " + doc.get("file") + " " + x.textIn(text) + " " + x.value());
                    }
                }
            }
        }
        double recall = (double) hits / goldCount;
        double accuracy = (double) values / goldCount;
        System.out.printf("seed timexes: gold %d, span recall %.3f, value accuracy %.3f, system %d, unmatched %d%n",
                goldCount, recall, accuracy, system, falseAlarms);
        assertTrue(recall >= MIN_SPAN_RECALL, "span recall " + recall);
        assertTrue(accuracy >= MIN_VALUE_ACCURACY, "value accuracy " + accuracy);
    }
}
