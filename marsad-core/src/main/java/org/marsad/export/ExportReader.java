package org.marsad.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.marsad.entity.corpus.CorpusEntity;
import org.marsad.story.StoryArticle;
import org.marsad.story.StoryView;

/**
 * Reads an analysis export back ({@link ExportWriter} wrote it): the quotes of
 * {@code articles.jsonl} and the entities of {@code entities.jsonl}. Files are read a line at a
 * time and each line is parsed on its own, so memory holds one article plus whatever the caller
 * keeps, and a malformed line costs that line only: it is reported with its number and skipped.
 */
public final class ExportReader {
    private static final JsonFactory JSON = new JsonFactory();

    private final Path dir;
    private final Consumer<MalformedLine> problems;

    /**
     * @param problems told of each line (or quote) that could not be read
     * @throws IllegalArgumentException when {@code dir} holds no {@code articles.jsonl}
     */
    public ExportReader(Path dir, Consumer<MalformedLine> problems) {
        if (!isExport(dir)) {
            throw new IllegalArgumentException("no export in " + dir + " (no " + ExportWriter.ARTICLES + ")");
        }
        this.dir = dir;
        this.problems = problems;
    }

    /** Whether {@code dir} holds an export (its {@code articles.jsonl}). */
    public static boolean isExport(Path dir) {
        return Files.isRegularFile(dir.resolve(ExportWriter.ARTICLES));
    }

    /** Hands over every quote of every article, in the order of the file. */
    public void readQuotes(Consumer<QuoteRecord> sink) throws IOException {
        readLines(ExportWriter.ARTICLES, ArticleQuotesJson::read, quotes -> quotes.forEach(sink));
    }

    /** Hands over every article as the story layer reads it, in the order of the file. */
    public void readStoryArticles(Consumer<StoryArticle> sink) throws IOException {
        readStoryArticles(dir.resolve(ExportWriter.ARTICLES), UnaryOperator.identity(), problems, sink);
    }

    /** The same from any articles file, with entity ids passed through {@code ids}. */
    static void readStoryArticles(Path file, UnaryOperator<String> ids, Consumer<MalformedLine> problems,
            Consumer<StoryArticle> sink) throws IOException {
        readLines(file, (p, lineProblems) -> StoryArticleJson.read(p, lineProblems, ids), problems, sink);
    }

    /** Hands over every story of {@code stories.json}; an export without it has none. */
    public void readStories(Consumer<StoryView> sink) throws IOException {
        Path file = dir.resolve(ExportWriter.STORIES);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (JsonParser p = JSON.createParser(Files.newInputStream(file))) {
            StoriesJson.read(p, sink);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IOException(file + " is not a stories file: " + e.getMessage(), e);
        }
    }

    /** Hands over every corpus entity; an export without {@code entities.jsonl} has none. */
    public void readEntities(Consumer<CorpusEntity> sink) throws IOException {
        if (Files.isRegularFile(dir.resolve(ExportWriter.ENTITIES))) {
            readLines(ExportWriter.ENTITIES, (p, problems) -> EntityJson.read(p), sink);
        }
    }

    /** Reads what one line's object holds; the parser stands at its start. */
    private interface LineParser<T> {
        T read(JsonParser p, Consumer<String> problems) throws IOException;
    }

    private <T> void readLines(String file, LineParser<T> parser, Consumer<T> sink) throws IOException {
        readLines(dir.resolve(file), parser, problems, sink);
    }

    private static <T> void readLines(Path path, LineParser<T> parser, Consumer<MalformedLine> problems,
            Consumer<T> sink) throws IOException {
        String file = path.getFileName().toString();
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line; (line = in.readLine()) != null; ) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (!line.isBlank()) {
                    T value = readLine(line, file, number, parser, problems);
                    if (value != null) {
                        sink.accept(value);
                    }
                }
            }
        }
    }

    private static <T> T readLine(String line, String file, int number, LineParser<T> parser,
            Consumer<MalformedLine> problems) throws IOException {
        Consumer<String> lineProblems = reason -> problems.accept(new MalformedLine(file, number, reason));
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                lineProblems.accept("not a JSON object; skipped");
                return null;
            }
            T value = parser.read(p, lineProblems);
            if (p.nextToken() != null) {
                lineProblems.accept("more after the object at column " + p.currentLocation().getColumnNr()
                        + "; line skipped");
                return null;
            }
            return value;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() != null ? " (column " + e.getLocation().getColumnNr() + ")" : "";
            lineProblems.accept(e.getOriginalMessage() + where + "; line skipped");
            return null;
        }
    }
}
