package org.marsad.web.feed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import org.marsad.doc.Provenance;
import org.marsad.ingest.FormatContext;
import org.marsad.ingest.InputFormat;
import org.marsad.ingest.Rejection;

/**
 * Reads an {@link ArticleArchive} back: each line is the article it was when first read, under
 * its first provenance ({@code feed#guid}), so analysing the archive again gives the same
 * articles, ids and sources as the first time.
 */
public final class ArchiveFormat implements InputFormat {

    @Override
    public boolean claims(String lowerName) {
        return lowerName.endsWith(ArticleArchive.SUFFIX);
    }

    @Override
    public void read(InputStream in, String input, long knownSize, FormatContext context) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    context.accept(ArticleArchive.parse(line));
                } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
                    context.reject(new Provenance(input, String.valueOf(number)), Rejection.Kind.MALFORMED,
                            "not an archived article: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            context.reject(new Provenance(input, String.valueOf(number + 1)), e);
        }
    }
}
