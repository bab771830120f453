package org.marsad.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.Marsad;
import org.marsad.batch.CorpusStage;
import org.marsad.dating.DayRange;
import org.marsad.doc.Doc;
import org.marsad.doc.Provenance;
import org.marsad.entity.article.ArticleEntity;
import org.marsad.entity.article.ArticleEntityStage;
import org.marsad.entity.corpus.EntityLinker;
import org.marsad.ingest.RawArticle;
import org.marsad.pipeline.Pipeline;

/**
 * The five seed articles through the pipeline and the corpus dating, as {@code analyze} runs them:
 * every meeting and call of the gold timeline ({@code gold/seeds.json}) is an event of its source
 * article, with its date and at least one of its parties, its place or its trigger word.
 */
class SeedEventsTest {

    /** One gold timeline entry as told by one source article. */
    record Told(String article, EventType type, String date, List<String> anyOf) {
    }

    private static final List<String> PRESIDENTS = List.of("بوتين", "بايدن");
    private static final List<Told> TIMELINE = List.of(
            new Told("001", EventType.CALL, "2021-12-07", PRESIDENTS),
            new Told("002", EventType.CALL, "2021-12-07", PRESIDENTS),
            new Told("002", EventType.MEETING, "2021-12-15", List.of("دونفريد", "ريابكوف", "كوزاك")),
            new Told("001", EventType.CALL, "2021-12-30", PRESIDENTS),
            new Told("004", EventType.CALL, "2021-12-30", PRESIDENTS),
            new Told("001", EventType.MEETING, "2022-01-09/2022-01-10", List.of("جنيف", "ريابكوف")),
            new Told("003", EventType.MEETING, "2022-01-09/2022-01-10", List.of("جنيف", "ريابكوف")),
            new Told("004", EventType.MEETING, "2022-01-09/2022-01-10", List.of("جنيف", "ريابكوف")),
            new Told("003", EventType.MILITARY, "2022-01-11", List.of("المنطقة العسكرية الغربية", "تدريبات")),
            new Told("003", EventType.MEETING, "2022-01-12", List.of("مجلس روسيا", "غروشكو", "ستولتنبرغ", "بروكسل")),
            new Told("000", EventType.CALL, "2022-02-12", List.of("بوتين", "بايدن", "أوشاكوف")));

    @Test
    void everyMeetingAndCallOfTheSeedTimelineIsAnEventWithItsDateAndAParty() throws IOException {
        Path seeds = Path.of(System.getProperty("marsad.shared", "../../shared")).resolve("corpus/seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), () -> "no seed articles at " + seeds.toAbsolutePath());
        Map<String, Doc> docs = analyse(seeds);
        List<String> missing = new ArrayList<>();
        for (Told told : TIMELINE) {
            Doc doc = docs.get(told.article());
            if (doc == null || doc.get(EventStage.LAYER).stream().noneMatch(e -> matches(doc, e, told))) {
                missing.add(told + " among " + (doc == null ? "no article" : describe(doc)));
            }
        }
        assertTrue(missing.isEmpty(), () -> String.join("\n", missing));
    }

    /** The seeds by their number (000..004), analysed and dated as a corpus. */
    private static Map<String, Doc> analyse(Path seeds) throws IOException {
        Pipeline pipeline = Marsad.pipeline();
        CorpusStage corpus = Marsad.corpusStage(pipeline, new EntityLinker(e -> null));
        List<Doc> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Doc doc = pipeline.analyze(RawArticle.ofText(Provenance.ofFile(f.getFileName().toString()), text));
            if (corpus.pass(doc)) {
                out.add(doc);
            }
        }
        out.addAll(corpus.finish());
        return out.stream().collect(Collectors.toMap(
                d -> Path.of(d.provenance().label()).getFileName().toString().substring(0, 3), d -> d));
    }

    private static boolean matches(Doc doc, Event e, Told told) {
        if (e.type() != told.type() || e.date() == null) {
            return false;
        }
        DayRange said = DayRange.of(e.date());
        DayRange gold = DayRange.of(told.date());
        if (said == null || said.first() > gold.last() || gold.first() > said.last()) {
            return false;
        }
        List<String> names = names(doc, e);
        return told.anyOf().stream().anyMatch(n -> names.stream().anyMatch(x -> x.contains(n)));
    }

    /** The event's trigger and every written form of its parties and place. */
    private static List<String> names(Doc doc, Event e) {
        List<String> names = new ArrayList<>(List.of(doc.textOf(e)));
        for (ArticleEntity a : doc.get(ArticleEntityStage.ENTITIES)) {
            if (e.participants().contains(a.index()) || e.place() == a.index()) {
                names.addAll(a.forms());
            }
        }
        return names;
    }

    private static String describe(Doc doc) {
        return doc.get(EventStage.LAYER).stream().map(e -> e.type() + " " + e.date() + " " + names(doc, e))
                .collect(Collectors.joining("; "));
    }
}
