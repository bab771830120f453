package org.marsad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.marsad.doc.Provenance;

/** Keeps everything an ingestion run reports, for assertions. */
final class RecordingSink implements ArticleSink {

    final List<RawArticle> accepted = new ArrayList<>();
    final List<Rejection> rejected = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    /** Reads the inputs with the options and records what ingestion reported. */
    static RecordingSink read(IngestOptions options, java.nio.file.Path... inputs) {
        RecordingSink sink = new RecordingSink();
        List<String> names = new ArrayList<>();
        for (java.nio.file.Path input : inputs) {
            names.add(input.toString());
        }
        new Ingestor(options).read(names, sink);
        return sink;
    }

    @Override
    public void accept(RawArticle article) {
        accepted.add(article);
    }

    @Override
    public void reject(Rejection rejection) {
        rejected.add(rejection);
    }

    @Override
    public void warn(Provenance record, String message) {
        warnings.add(record.label() + ": " + message);
    }

    int records() {
        return accepted.size() + rejected.size();
    }

    /** The run read exactly {@code records} records, split as stated. */
    void assertCounts(int records, int accepted, int rejected) {
        assertEquals(accepted, this.accepted.size(), () -> "accepted; rejections: " + sample());
        assertEquals(rejected, this.rejected.size(), () -> "rejected: " + sample());
        assertEquals(records, records());
    }

    private String sample() {
        return rejected.size() <= 5 ? rejected.toString() : rejected.subList(0, 5) + " and " + (rejected.size() - 5) + " more";
    }

    Rejection onlyRejection() {
        assertEquals(1, rejected.size(), () -> "rejections: " + rejected);
        return rejected.get(0);
    }

    RawArticle onlyArticle() {
        assertEquals(1, accepted.size(), () -> "accepted " + accepted.size() + "; rejections: " + rejected);
        return accepted.get(0);
    }

    List<Rejection.Kind> kinds() {
        return rejected.stream().map(Rejection::kind).collect(Collectors.toList());
    }

    List<String> labels() {
        return accepted.stream().map(a -> a.provenance().label()).collect(Collectors.toList());
    }

    void assertWarned(String fragment) {
        assertTrue(warnings.stream().anyMatch(w -> w.contains(fragment)),
                () -> "no warning with \"" + fragment + "\" among " + warnings);
    }
}
