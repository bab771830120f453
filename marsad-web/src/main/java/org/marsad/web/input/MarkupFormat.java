package org.marsad.web.input;

import java.util.List;
import org.marsad.ingest.InputFormat;

/**
 * A markup format (web pages, feeds): told by its file extensions, or, when the name tells
 * nothing, by how its first markup opens ({@link OpeningMarkup}).
 */
public abstract class MarkupFormat implements InputFormat {

    private final List<String> extensions;
    private final String[] openings;

    /** @param openings how the document's first markup may start, in lower case */
    protected MarkupFormat(List<String> extensions, String... openings) {
        this.extensions = List.copyOf(extensions);
        this.openings = openings.clone();
    }

    @Override
    public final boolean claims(String lowerName) {
        return extensions.stream().anyMatch(lowerName::endsWith);
    }

    @Override
    public final boolean sniffs(byte[] head, int length) {
        return OpeningMarkup.opensWith(head, length, openings);
    }
}
