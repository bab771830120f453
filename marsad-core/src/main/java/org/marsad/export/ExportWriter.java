package org.marsad.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.UnaryOperator;
import org.marsad.batch.ArticleConsumer;
import org.marsad.doc.Doc;
import org.marsad.entity.corpus.CorpusEntity;
import org.marsad.entity.corpus.EntityLinker;
import org.marsad.story.StoryIndex;

/**
 * Writes the analysis export (the contract in the project's export documentation):
 * {@code articles.jsonl}, {@code entities.jsonl} and {@code stories.json}, streamed one article at
 * a time so the export of any corpus fits in bounded memory. Files are written under a
 * {@code .part} name and moved into place on {@link #close()}, so a killed run never leaves a
 * half-written export that looks finished.
 *
 * <p>The stories need every article, so they are built when the export is closed: the articles
 * are read back, placed in stories, and rewritten with their story, the article they duplicate,
 * and their entities' final ids.
 */
public final class ExportWriter implements ArticleConsumer {
    public static final String ARTICLES = "articles.jsonl";
    public static final String ENTITIES = "entities.jsonl";
    public static final String STORIES = "stories.json";

    private static final JsonFactory JSON = new JsonFactory();

    private final Path dir;
    private final JsonGenerator articles;
    private final ArticleJson articleJson = new ArticleJson();
    private final EntityLinker linker;
    private boolean closed;

    /** An export whose articles name their entities by article (no corpus-level entities). */
    public ExportWriter(Path dir) {
        this(dir, null);
    }

    /** An export whose entities are the corpus-level ones {@code linker} gathered. */
    public ExportWriter(Path dir, EntityLinker linker) {
        this.dir = dir;
        this.linker = linker;
        try {
            Files.createDirectories(dir);
            articles = JSON.createGenerator(Files.newOutputStream(part(ARTICLES)), JsonEncoding.UTF8);
            articles.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            Files.writeString(part(ENTITIES), "");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export to " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * One article as its line of {@code articles.jsonl}, without the line break and without the
     * fields only the closed export gives (story, copies, corpus entity ids): what a server that
     * takes in articles one at a time appends.
     */
    public static String line(Doc doc) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            new ArticleJson().write(g, doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write article " + doc.provenance().label(), e);
        }
        return out.toString();
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void consume(Doc doc) {
        write(doc);
    }

    public synchronized void write(Doc doc) {
        try {
            articleJson.write(articles, doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write article " + doc.provenance().label() + " to the export", e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            articles.writeRaw('\n');
            articles.close();
            UnaryOperator<String> ids = UnaryOperator.identity();
            if (linker != null) {
                writeEntities();
                ids = linker::finalId;
            }
            StoryIndex index = StoryExport.build(part(ARTICLES), ids, line -> {
                throw new IllegalStateException("the export just written does not read back: " + line);
            });
            StoryExport.write(index, part(ARTICLES), part(STORIES), ids);
            for (String name : new String[] {ARTICLES, ENTITIES, STORIES}) {
                Files.move(part(name), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the export in " + dir, e);
        }
    }

    private void writeEntities() throws IOException {
        try (JsonGenerator g = JSON.createGenerator(Files.newOutputStream(part(ENTITIES)), JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            for (CorpusEntity e : linker.entities()) {
                EntityJson.write(g, e);
            }
            g.writeRaw('\n');
        }
    }

    private Path part(String name) {
        return dir.resolve(name + ".part");
    }
}
