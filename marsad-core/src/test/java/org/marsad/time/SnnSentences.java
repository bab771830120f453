package org.marsad.time;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.marsad.clean.ArticleCleaner;
import org.marsad.doc.Doc;
import org.marsad.doc.TextSpan;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.FieldMapping;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.Ingestor;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.Rejection;
import org.marsad.pipeline.ArticleId;
import org.marsad.pipeline.Pipeline;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.SentenceStage;

/**
 * The body sentences of SaudiNewsNet (every sentence of the cleaned article but the headline),
 * each with the article it comes from, and a seeded random draw of them. Used to draw the
 * sentences of the false-alarm evaluation ({@code docs/eval/timex-false-alarms.md}).
 */
final class SnnSentences {
    /** One body sentence: its article (file#record), outlet, the article's download date, its text. */
    record Sentence(String article, String outlet, LocalDate downloaded, String text) {
    }

    private SnnSentences() {
    }

    static Path corpus() {
        return Path.of(System.getProperty("marsad.shared", "../../shared")).resolve("corpus/saudinewsnet");
    }

    static boolean available() {
        return Files.isDirectory(corpus());
    }

    /** Every body sentence, in corpus order (files by name, records in order). */
    static List<Sentence> all() {
        Pipeline sentences = new Pipeline(new ArticleCleaner(), List.of(new SentenceStage()));
        List<Sentence> out = new ArrayList<>();
        IngestOptions options = IngestOptions.defaults()
                .withFields(FieldMapping.defaults().withOverrides("downloaded=date_extracted"));
        new Ingestor(options).read(List.of(corpus().toString()), new ArticleSink() {
            @Override
            public void accept(RawArticle raw) {
                Doc doc = sentences.analyze(raw, ArticleId.of(raw.text()));
                String label = raw.provenance().label();
                String article = label.substring(label.lastIndexOf('/') + 1);
                String headline = doc.meta().headline();
                int bodyStart = headline != null && doc.text().startsWith(headline) ? headline.length() : 0;
                for (TextSpan s : doc.get(SentenceSplitter.LAYER)) {
                    if (s.start() >= bodyStart) {
                        out.add(new Sentence(article, raw.outlet(), raw.downloaded(), s.textIn(doc.text()).toString()));
                    }
                }
            }

            @Override
            public void reject(Rejection rejection) {
            }
        });
        return out;
    }

    /** The sentences in the order a generator seeded with {@code seed} draws them. */
    static List<Sentence> draw(List<Sentence> all, long seed, int count) {
        List<Sentence> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(seed));
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }
}
