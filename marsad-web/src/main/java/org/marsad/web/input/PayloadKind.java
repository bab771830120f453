package org.marsad.web.input;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.marsad.ingest.FormatContext;
import org.netpreserve.jwarc.MediaType;

/**
 * Whether a fetched or captured payload is an HTML page: by its declared type, checked against its first
 * bytes (servers label PDFs and images text/html often enough), and by those bytes alone when
 * the type tells nothing.
 */
public final class PayloadKind {

    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    /** Types servers send when they do not know; the bytes decide then. */
    private static final Set<String> UNTOLD_TYPES = Set.of("application/octet-stream", "text/plain",
            "application/unknown", "unknown/unknown", "binary/octet-stream");

    private final HtmlFormat html;

    public PayloadKind(HtmlFormat html) {
        this.html = html;
    }

    /**
     * Why the payload is not an HTML page, as a skip reason ("not HTML (application/pdf)"), or
     * null when it is one.
     *
     * @param contentType the declared Content-Type, or null
     */
    public String notHtml(String contentType, byte[] head, int length, FormatContext context) {
        String binary = context.binaryKind(Arrays.copyOf(head, length));
        String declared = baseType(contentType);
        if (declared != null && HTML_TYPES.contains(declared)) {
            return binary == null ? null : "not HTML (" + binary + ", served as " + declared + ")";
        }
        if (declared != null && !UNTOLD_TYPES.contains(declared)) {
            return "not HTML (" + declared + ")";
        }
        if (binary == null && html.sniffs(head, length)) {
            return null;
        }
        return "not HTML (" + (binary != null ? binary : declared != null ? declared : "no Content-Type") + ")";
    }

    private static String baseType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        MediaType type = MediaType.parseLeniently(contentType);
        String base = type.isValid() ? type.base().toString() : contentType.split(";", 2)[0].strip();
        return base.isEmpty() ? null : base.toLowerCase(Locale.ROOT);
    }
}
