package org.marsad.ingest;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Walks a directory tree depth first, each directory's entries in name order, so a batch reads
 * its files in the same order on every machine. Hidden entries (names starting with a dot) are
 * skipped; symbolic links to files are read, links to directories are not followed (no loops).
 * A corpus folder's own documentation (README, LICENSE, NOTICE, *.md) is not an article: it is
 * skipped with a word to the user, unless named on the command line.
 *
 * <p>Sorting needs a directory's names, but a directory of millions of files must not be held
 * in memory at once: names are taken in sorted batches of at most {@link #BATCH}, each batch one
 * pass over the directory keeping only the smallest names after the previous batch. A directory
 * under the batch size, the usual case, is listed once.
 */
final class InputWalker {

    static final int BATCH = 50_000;

    interface Visitor {
        void file(Path file);

        /** The directory, or an entry in it, could not be listed. */
        void failed(Path path, IOException e);

        /** Something skipped that the user may wonder about. */
        void skipped(Path path, String why);
    }

    private final int batch;

    InputWalker() {
        this(BATCH);
    }

    InputWalker(int batch) {
        this.batch = batch;
    }

    void walk(Path dir, Visitor visitor) {
        String after = null;
        while (true) {
            List<String> names;
            try {
                names = nextBatch(dir, after);
            } catch (IOException e) {
                visitor.failed(dir, e);
                return;
            }
            for (String name : names) {
                visit(dir.resolve(name), visitor);
            }
            if (names.size() < batch) {
                return;
            }
            after = names.get(names.size() - 1);
        }
    }

    private void visit(Path path, Visitor visitor) {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            walk(path, visitor);
        } else if (Files.isSymbolicLink(path) && Files.isDirectory(path)) {
            visitor.skipped(path, "a link to a directory, not followed (name the directory itself to read it)");
        } else if (isDocumentation(path.getFileName().toString())) {
            visitor.skipped(path, "the folder's documentation, not an article (name the file itself to read it)");
        } else {
            visitor.file(path);
        }
    }

    static boolean isDocumentation(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return upper.endsWith(".MD") || upper.startsWith("README") || upper.startsWith("LICENSE")
                || upper.startsWith("LICENCE") || upper.startsWith("NOTICE") || upper.startsWith("COPYING");
    }

    /** The smallest {@code batch} visible names of {@code dir} greater than {@code after}, sorted. */
    private List<String> nextBatch(Path dir, String after) throws IOException {
        TreeSet<String> smallest = new TreeSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") || (after != null && name.compareTo(after) <= 0)) {
                    continue;
                }
                if (smallest.size() < batch) {
                    smallest.add(name);
                } else if (name.compareTo(smallest.last()) < 0) {
                    smallest.pollLast();
                    smallest.add(name);
                }
            }
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        return new ArrayList<>(smallest);
    }
}
