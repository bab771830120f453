package org.marsad.quote;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.SeedGold;
import org.marsad.doc.Doc;
import org.marsad.doc.Provenance;
import org.marsad.entity.Names;
import org.marsad.ingest.RawArticle;

/** Runs the quote finder over the five seed articles and scores it the way the shared scorer does. */
class SeedQuoteTest {
    /** Figures measured on the seeds when this test was written; the test keeps them from falling. */
    static final double MIN_RECALL = 1.0;
    static final double MIN_SPEAKER_ACCURACY = 1.0;
    static final double MIN_PRECISION = 0.95;

    @Test
    void seedArticlesReachTheMeasuredRecallSpeakerAccuracyAndPrecision() throws IOException {
        Map<String, Object> gold = SeedGold.load();
        Path seeds = SeedGold.shared().resolve("corpus/seeds");
        int goldCount = 0;
        int hits = 0;
        int speakers = 0;
        int system = 0;
        int unmatched = 0;
        for (Map<String, Object> d : SeedGold.list(gold.get("documents"))) {
            String file = (String) d.get("file");
            Doc doc = Marsad.pipeline().analyze(RawArticle.ofText(Provenance.ofFile(file),
                    Files.readString(seeds.resolve(file), StandardCharsets.UTF_8)));
            String text = doc.text();
            List<Quote> found = doc.get(QuoteStage.LAYER);
            List<Map<String, Object>> goldQuotes = SeedGold.list(d.get("quotes"));
            for (Map<String, Object> q : goldQuotes) {
                int[] span = SeedGold.locate(text, (String) q.get("ctx"));
                if (Boolean.TRUE.equals(q.get("optional"))) {
                    continue;
                }
                goldCount++;
                boolean hit = false;
                boolean speaker = false;
                for (Quote x : found) {
                    if (span != null && x.start() < span[1] && span[0] < x.end()) {
                        hit = true;
                        speaker |= names(x.speaker().name(), (List<?>) q.get("speaker"));
                    }
                }
                hits += hit ? 1 : 0;
                speakers += speaker ? 1 : 0;
            }
            for (Quote x : found) {
                system++;
                boolean any = goldQuotes.stream().map(q -> SeedGold.locate(text, (String) q.get("ctx")))
                        .anyMatch(s -> s != null && x.start() < s[1] && s[0] < x.end());
                unmatched += any ? 0 : 1;
            }
        }
        double recall = (double) hits / goldCount;
        double accuracy = (double) speakers / goldCount;
        double precision = (double) (system - unmatched) / system;
        System.out.printf("seed quotes: gold %d, recall %.3f, speaker accuracy %.3f, system %d, precision %.3f%n",
                goldCount, recall, accuracy, system, precision);
        assertTrue(recall >= MIN_RECALL, "recall " + recall);
        assertTrue(accuracy >= MIN_SPEAKER_ACCURACY, "speaker accuracy " + accuracy);
        assertTrue(precision >= MIN_PRECISION, "precision " + precision);
    }

    /** The scorer's rule: one name holds the other, once normalised and without the article. */
    private static boolean names(String system, List<?> gold) {
        String s = Names.key(system);
        for (Object g : gold) {
            String k = Names.key((String) g);
            if (!k.isEmpty() && (s.contains(k) || k.contains(s))) {
                return true;
            }
        }
        return false;
    }
}
