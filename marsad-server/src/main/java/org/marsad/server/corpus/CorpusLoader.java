package org.marsad.server.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.marsad.entity.corpus.CorpusEntity;
import org.marsad.export.ExportReader;
import org.marsad.export.ExportWriter;
import org.marsad.export.MalformedLine;
import org.marsad.export.QuoteRecord;
import org.marsad.index.ArticleSearcher;
import org.marsad.story.StoryView;

/** Opens an export directory ({@code marsad analyze --out DIR}) with its index for serving. */
public final class CorpusLoader {
    private CorpusLoader() {
    }

    /**
     * @param index    the search index (usually {@code dir/index})
     * @param problems told of every line of the export that could not be read; the rest is served
     * @throws IllegalArgumentException when {@code dir} holds no export or {@code index} no index
     */
    public static Corpus open(Path dir, Path index, Consumer<MalformedLine> problems) throws IOException {
        if (!ExportReader.isExport(dir)) {
            throw new IllegalArgumentException("no export in " + dir + " (no " + ExportWriter.ARTICLES
                    + "); write one with: marsad analyze INPUT... --out " + dir);
        }
        if (!Files.isDirectory(index)) {
            throw new IllegalArgumentException("no search index in " + index + "; analyse without --no-index");
        }
        Path articlesFile = dir.resolve(ExportWriter.ARTICLES);
        List<ArticleInfo> articles = new ArrayList<>();
        int[] number = {0};
        ArticleFile.scan(articlesFile, line -> {
            number[0]++;
            try {
                articles.add(ArticleLines.info(line.bytes(), line.offset()));
            } catch (IOException e) {
                problems.accept(new MalformedLine(ExportWriter.ARTICLES, number[0], e.getMessage()));
            }
        });
        ExportReader reader = new ExportReader(dir, problems);
        List<CorpusEntity> entities = new ArrayList<>();
        reader.readEntities(entities::add);
        List<StoryView> stories = new ArrayList<>();
        reader.readStories(stories::add);
        List<QuoteRecord> quotes = new ArrayList<>();
        reader.readQuotes(quotes::add);
        ArticleFile file = new ArticleFile(articlesFile);
        try {
            return new Corpus(dir, file, articles, entities, stories, quotes, ArticleSearcher.open(index));
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }
}
