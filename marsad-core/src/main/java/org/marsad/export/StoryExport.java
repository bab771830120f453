package org.marsad.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.marsad.story.StoryIndex;

/**
 * The story layer over an export: builds the stories from the articles of {@code articles.jsonl}
 * in file order, then writes {@code stories.json} and fills in each article's {@code story} and
 * {@code duplicate_of}. It runs at the end of {@code analyze}, and on its own over an export
 * already written.
 */
public final class StoryExport {
    private static final JsonFactory JSON = new JsonFactory();

    private StoryExport() {
    }

    /** Adds every article of {@code articles} to a new story index, entity ids passed through {@code ids}. */
    public static StoryIndex build(Path articles, UnaryOperator<String> ids, Consumer<MalformedLine> problems)
            throws IOException {
        StoryIndex index = new StoryIndex();
        ExportReader.readStoryArticles(articles, ids, problems, index::add);
        return index;
    }

    /** Builds the stories of the export in {@code dir} again and rewrites its story fields and {@code stories.json}. */
    public static StoryIndex rebuild(Path dir, Consumer<MalformedLine> problems) throws IOException {
        Path articles = dir.resolve(ExportWriter.ARTICLES);
        StoryIndex index = build(articles, UnaryOperator.identity(), problems);
        write(index, articles, dir.resolve(ExportWriter.STORIES), UnaryOperator.identity());
        return index;
    }

    /** Writes {@code stories} and rewrites {@code articles} with final entity ids and each article's placement. */
    static void write(StoryIndex index, Path articles, Path stories, UnaryOperator<String> ids) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(Files.newOutputStream(stories), JsonEncoding.UTF8)) {
            StoriesJson.write(g, index.stories());
        }
        ArticleRewriter.rewrite(JSON, articles, ids, index::placement);
    }
}
