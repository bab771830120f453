package org.marsad.server.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.Marsad;
import org.marsad.doc.Doc;
import org.marsad.export.ExportWriter;
import org.marsad.index.ArticleIndex;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.Ingestor;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.Rejection;
import org.marsad.pipeline.Pipeline;

/**
 * Takes in new articles while serving: each is analysed by the per-article pipeline, appended to
 * the export's {@code articles.jsonl}, put in the index and committed, and is then searchable and
 * readable at once. Linking to the corpus's entities and placing in stories need the whole corpus
 * and wait for the next {@code marsad analyze} (or {@code marsad stories --rebuild}).
 * One ingest at a time: the index has one writer and the file one end.
 */
public final class Ingest implements AutoCloseable {
    /** What one request did: the ids of the articles taken in, and why any record was refused. */
    public record Outcome(List<String> ids, List<String> rejected) {
    }

    private final Corpus corpus;
    private final Pipeline pipeline = Marsad.pipeline();
    private final ArticleIndex index;

    public Ingest(Corpus corpus, Path indexDir) throws IOException {
        this.corpus = corpus;
        this.index = ArticleIndex.open(indexDir);
    }

    /** Reads one input (a JSON record, JSON lines, or plain text, as {@code marsad analyze} reads files). */
    public synchronized Outcome add(InputStream body, String name) throws IOException {
        List<RawArticle> raws = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        new Ingestor(IngestOptions.defaults()).read(body, name, new ArticleSink() {
            @Override
            public void accept(RawArticle article) {
                raws.add(article);
            }

            @Override
            public void reject(Rejection rejection) {
                rejected.add(rejection.toString());
            }
        });
        List<String> ids = new ArrayList<>();
        for (RawArticle raw : raws) {
            Doc doc = pipeline.analyze(raw);
            String line = ExportWriter.line(doc);
            long offset = corpus.file().append(line);
            corpus.add(ArticleLines.info(line.getBytes(java.nio.charset.StandardCharsets.UTF_8), offset));
            index.put(doc);
            ids.add(doc.id());
        }
        index.commit();
        corpus.searcher().refresh();
        return new Outcome(ids, rejected);
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
