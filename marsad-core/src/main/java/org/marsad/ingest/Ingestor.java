package org.marsad.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import org.marsad.doc.Provenance;

/**
 * Reads raw articles from files, directories, archives and standard input, and hands each
 * record to an {@link ArticleSink}: every record read ends in exactly one accept or reject, so
 * a batch always reconciles (read = accepted + rejected), and a bad input never stops it.
 *
 * <ul>
 *   <li>a directory is walked recursively in name order, hidden files skipped;</li>
 *   <li>{@code .gz} is unwrapped and read by the name without {@code .gz}; {@code .zip} entries
 *       are inputs named {@code x.zip!/entry};</li>
 *   <li>{@code .json} is an array, an object or JSON Lines; {@code .jsonl}/{@code .ndjson} are
 *       JSON Lines; any other file is one plain-text article in UTF-8, UTF-16/32 with a BOM,
 *       windows-1256 or ISO-8859-6 (detected);</li>
 *   <li>{@code -} is standard input, recognised by its content;</li>
 *   <li>an {@code http://} or {@code https://} address is fetched and read by the options'
 *       {@link WebAddressReader}, when the run has one.</li>
 * </ul>
 *
 * Memory stays bounded whatever the corpus size: records stream one at a time.
 */
public final class Ingestor {

    /** Names standard input among the inputs. */
    public static final String STDIN = "-";

    private static final int BUFFER = 64 * 1024;

    private final IngestOptions options;
    private final InputStream stdin;

    public Ingestor(IngestOptions options) {
        this(options, System.in);
    }

    /** @param stdin what {@code -} reads (tests, embedding) */
    public Ingestor(IngestOptions options, InputStream stdin) {
        this.options = Objects.requireNonNull(options);
        this.stdin = Objects.requireNonNull(stdin);
    }

    public IngestOptions options() {
        return options;
    }

    /**
     * Reads every input in order: a file, a directory, or {@code -} for standard input. Inputs
     * that do not exist or cannot be read are rejected as {@link Rejection.Kind#UNREADABLE}
     * (the caller decides what that means for its exit code). Exceptions thrown by the sink
     * are not caught.
     */
    public void read(List<String> inputs, ArticleSink sink) {
        ReadContext ctx = new ReadContext(options, sink);
        InputReader reader = new InputReader(ctx);
        for (String input : inputs) {
            if (STDIN.equals(input)) {
                reader.read(new BufferedInputStream(unclosable(stdin), BUFFER), STDIN, STDIN, -1);
            } else if (WebAddressReader.isAddress(input)) {
                readAddress(input, ctx);
            } else {
                readPath(input, ctx, reader);
            }
        }
    }

    /**
     * Reads one stream as if it were a file called {@code name} ({@code x.jsonl.gz}), or,
     * when the name says nothing ({@code -}), by its content. The stream is not closed.
     */
    public void read(InputStream in, String name, ArticleSink sink) {
        ReadContext ctx = new ReadContext(options, sink);
        new InputReader(ctx).read(new BufferedInputStream(unclosable(in), BUFFER), name, name, -1);
    }

    private void readAddress(String address, ReadContext ctx) {
        if (options.webAddresses() == null) {
            ctx.reject(Provenance.ofFile(address), Rejection.Kind.UNREADABLE,
                    "a web address; marsad fetches only when told to (--fetch)");
            return;
        }
        options.webAddresses().read(address, new FormatContext(ctx));
    }

    private void readPath(String input, ReadContext ctx, InputReader reader) {
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            ctx.reject(Provenance.ofFile(input), Rejection.Kind.UNREADABLE, "not a valid path (" + e.getReason() + ")");
            return;
        }
        if (Files.isDirectory(path)) {
            new InputWalker().walk(path, new InputWalker.Visitor() {
                @Override
                public void file(Path file) {
                    readFile(file, file.toString(), ctx, reader);
                }

                @Override
                public void failed(Path dir, IOException e) {
                    ctx.reject(Provenance.ofFile(dir.toString()), e);
                }

                @Override
                public void skipped(Path skipped, String why) {
                    ctx.sink.warn(Provenance.ofFile(skipped.toString()), "skipped: " + why);
                }
            });
        } else {
            readFile(path, input, ctx, reader);
        }
    }

    private static void readFile(Path file, String input, ReadContext ctx, InputReader reader) {
        Provenance whole = Provenance.ofFile(input);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            ctx.reject(whole, Rejection.Kind.UNREADABLE, "no such file or directory");
            return;
        } catch (IOException e) {
            ctx.reject(whole, e);
            return;
        }
        // A pipe or device has no size worth trusting; a regular file's size is known up front.
        long size = attributes.isRegularFile() ? attributes.size() : -1;
        if (size == 0) {
            ctx.reject(whole, Rejection.Kind.EMPTY, "empty file");
            return;
        }
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            ctx.reject(whole, e);
            return;
        }
        try (InputStream buffered = new BufferedInputStream(in, BUFFER)) {
            Path fileName = file.getFileName();
            reader.read(buffered, input, fileName == null ? input : fileName.toString(), size);
        } catch (IOException e) {
            // closing failed after everything was read and reported: nothing left to tell
        }
    }

    private static InputStream unclosable(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {
                // standard input and callers' streams stay open
            }
        };
    }
}
