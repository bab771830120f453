package org.marsad.export;

/**
 * A quote read back from the export: what was said ({@code said}, the article's text between
 * {@code start} and {@code end}), its kind ({@link #DIRECT} or {@link #INDIRECT}), the speaker as
 * the text names them, the id of the speaker's corpus entity (null when not linked), the speech
 * verb (null when none was marked), and the article it is in.
 */
public record QuoteRecord(ArticleHeader article, int start, int end, String kind, String speaker,
        String speakerEntity, String said, String cue) {
    public static final String DIRECT = "direct";
    public static final String INDIRECT = "indirect";

    public boolean direct() {
        return DIRECT.equals(kind);
    }
}
