package org.marsad.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.Marsad;
import org.marsad.batch.ArticleConsumer;
import org.marsad.batch.BatchRunner;
import org.marsad.batch.ProgressListener;
import org.marsad.batch.RunSettings;
import org.marsad.batch.RunSummary;
import org.marsad.entity.corpus.EntityLinker;
import org.marsad.export.ExportWriter;
import org.marsad.index.IndexingConsumer;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.Ingestor;
import org.marsad.pipeline.Pipeline;

/**
 * One analysis run into an export folder and an index: what {@code analyze} does, and what
 * {@code watch} does after each poll that read something new.
 *
 * @param index       where the index goes, or null for none
 * @param published   the date of articles that carry none, or null to infer it
 */
record ExportRun(IngestOptions options, Path out, Path index, int threads, int commitEvery, LocalDate published) {

    RunSummary run(List<String> inputs, ProgressListener progress) throws InterruptedException {
        List<ArticleConsumer> consumers = new ArrayList<>();
        EntityLinker linker = Marsad.entityLinker();
        try (ExportWriter export = new ExportWriter(out, linker);
             IndexingConsumer indexing = index == null ? null : IndexingConsumer.open(index)) {
            consumers.add(export);
            if (indexing != null) {
                consumers.add(indexing);
            }
            Pipeline pipeline = Marsad.pipeline(published);
            BatchRunner runner = new BatchRunner(new Ingestor(options), pipeline,
                    Marsad.corpusStage(pipeline, linker), consumers,
                    RunSettings.defaults().withThreads(threads).withCheckpointEvery(commitEvery), progress);
            RunSummary summary = runner.run(inputs);
            if (indexing != null) {
                // an export is searched far more often than it is written
                indexing.mergeForSearch();
            }
            return summary;
        }
    }
}
