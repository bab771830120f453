package org.marsad.server.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * {@code articles.jsonl} as random access by line: the server scans it once for the offset of
 * every line, then reads an article's line on demand with a positional read, which is thread-safe
 * and leaves the articles' texts out of the heap. Lines appended by ingest go to its end.
 */
final class ArticleFile implements AutoCloseable {
    /** A line of the file: where it starts and its bytes, without the line break. */
    record Line(long offset, byte[] bytes) {
    }

    private final FileChannel channel;

    ArticleFile(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    /** Hands over every non-blank line with its offset, in order; reads the file in large blocks. */
    static void scan(Path file, Consumer<Line> sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(1 << 16);
            byte[] block = new byte[1 << 20];
            long offset = 0;
            long lineStart = 0;
            for (int n; (n = in.read(block)) > 0; offset += n) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (block[i] == '\n') {
                        line.write(block, from, i - from);
                        emit(lineStart, line, sink);
                        lineStart = offset + i + 1;
                        from = i + 1;
                    }
                }
                line.write(block, from, n - from);
            }
            emit(lineStart, line, sink);
        }
    }

    private static void emit(long start, java.io.ByteArrayOutputStream line, Consumer<Line> sink) {
        byte[] bytes = line.toByteArray();
        line.reset();
        boolean blank = true;
        for (byte b : bytes) {
            blank &= b == ' ' || b == '\r' || b == '\t';
        }
        if (!blank) {
            sink.accept(new Line(start, bytes));
        }
    }

    String read(long offset, int length) {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    throw new IOException("articles file ends before byte " + (offset + length));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(buffer.array(), StandardCharsets.UTF_8);
    }

    /** Appends a line and returns its offset; the caller serialises appends. */
    long append(String line) throws IOException {
        long end = channel.size();
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long offset = end;
        // an export written by ExportWriter ends with a line break; keep a line of our own anyway
        if (end > 0 && !endsWithNewline(end)) {
            channel.write(ByteBuffer.wrap(new byte[] {'\n'}), end);
            offset = end + 1;
        }
        while (buffer.hasRemaining()) {
            channel.write(buffer, offset + buffer.position());
        }
        channel.force(false);
        return offset;
    }

    private boolean endsWithNewline(long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) == '\n';
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
