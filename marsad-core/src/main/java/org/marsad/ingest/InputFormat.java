package org.marsad.ingest;

import java.io.InputStream;

/**
 * A kind of input that a module beside the core knows how to read: web pages, crawl archives,
 * feeds. The core reads plain text, JSON and its containers itself; every other format plugs in
 * here, so all inputs end as the same {@link RawArticle} and nothing downstream tells them apart.
 *
 * <p>Formats are found with {@link java.util.ServiceLoader} (a module lists its formats in
 * {@code META-INF/services/org.marsad.ingest.InputFormat}), or given explicitly through
 * {@link IngestOptions#withFormats}. Implementations must be stateless and thread-safe.
 */
public interface InputFormat {

    /**
     * Whether an input of this name is of this format. The name is the file or entry name in
     * lower case, looked at before a {@code .gz} suffix is unwrapped, so a format that reads its
     * own compression ({@code x.warc.gz}) can claim it.
     */
    boolean claims(String lowerName);

    /**
     * Whether an input whose name does not tell its kind (standard input, a file with no known
     * extension) starts like this format. {@code head} holds up to the first 8 KB.
     */
    default boolean sniffs(byte[] head, int length) {
        return false;
    }

    /**
     * Reads one input. Every record it holds must end in exactly one call of
     * {@link FormatContext#accept}, {@link FormatContext#reject} or {@link FormatContext#skip};
     * a bad record is rejected and reading goes on with the next. The stream is not to be closed.
     *
     * @param input     the input's provenance label ({@code a/b.zip!/c.html})
     * @param knownSize its size in bytes when known before reading, else -1
     */
    void read(InputStream in, String input, long knownSize, FormatContext context);
}
