package org.marsad.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.marsad.Marsad;
import org.marsad.batch.BatchRunner;
import org.marsad.batch.ProgressListener;
import org.marsad.batch.RunSettings;
import org.marsad.entity.corpus.EntityLinker;
import org.marsad.export.ExportWriter;
import org.marsad.index.IndexingConsumer;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.Ingestor;
import org.marsad.pipeline.Pipeline;

/**
 * The bundled sample (the five seed articles) plus one hostile article, analysed once per test
 * run into a temporary export with its index, and a server over it on a free loopback port.
 */
public final class SampleCorpus {
    /** The article whose text, headline, outlet and address try to inject markup and script. */
    public static final String XSS_HEADLINE_PART = "<script>alert('headline')</script>";
    private static Path export;
    private static Observatory server;

    private SampleCorpus() {
    }

    public static synchronized Path export() {
        if (export == null) {
            try {
                export = build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return export;
    }

    /** The shared server over the sample; it lives as long as the test JVM. */
    public static synchronized Observatory server() {
        if (server == null) {
            try {
                server = Observatory.start(ServeOptions.of(export()).withPort(0), line -> {
                    throw new AssertionError("the sample export does not read back: " + line);
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    private static Path build() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("marsad-server-sample");
        dir.toFile().deleteOnExit();
        Path xss = dir.resolve("xss-article.json");
        try (InputStream in = SampleCorpus.class.getResourceAsStream("xss-article.json")) {
            Files.copy(in, xss, StandardCopyOption.REPLACE_EXISTING);
        }
        Path out = dir.resolve("export");
        EntityLinker linker = Marsad.entityLinker();
        try (ExportWriter writer = new ExportWriter(out, linker);
             IndexingConsumer index = IndexingConsumer.open(out.resolve("index"))) {
            Pipeline pipeline = Marsad.pipeline();
            new BatchRunner(new Ingestor(IngestOptions.defaults()), pipeline, Marsad.corpusStage(pipeline, linker),
                    List.of(writer, index), RunSettings.defaults(), ProgressListener.SILENT)
                    .run(List.of(samples().toString(), xss.toString()));
        }
        return out;
    }

    /** The repository's sample corpus, from this module's folder. */
    public static Path samples() {
        return Path.of("..", "samples", "seeds").toAbsolutePath().normalize();
    }
}
