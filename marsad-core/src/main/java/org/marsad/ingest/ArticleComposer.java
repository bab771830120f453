package org.marsad.ingest;

import java.time.LocalDate;
import org.marsad.doc.Provenance;

/**
 * Makes an article of a JSON record's fields ({@link RawArticle#compose}), or rejects the
 * record, exactly once either way.
 */
final class ArticleComposer {

    private final long maxBytes;

    ArticleComposer(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void compose(Provenance record, RecordFields fields, ArticleSink sink) {
        FieldMapping.Role text = FieldMapping.Role.TEXT;
        int bodyRank = fields.firstFilled(text);
        if (bodyRank < 0) {
            int present = fields.firstPresent(text);
            if (present >= 0) {
                sink.reject(new Rejection(record, Rejection.Kind.EMPTY,
                        "the text field \"" + fields.name(text, present) + "\" is empty"));
            } else {
                sink.reject(new Rejection(record, Rejection.Kind.MALFORMED, "no text field (looked for "
                        + String.join(", ", fields.mapping().names(text)) + "; map another with "
                        + IngestOptions.FIELD_OPTION + " text=NAME)"));
            }
            return;
        }
        String body = fields.value(text, bodyRank).strip();
        String title = fields.first(FieldMapping.Role.TITLE);
        String byline = fields.first(FieldMapping.Role.BYLINE);
        LocalDate published = date(record, fields, FieldMapping.Role.PUBLISHED, sink);
        LocalDate downloaded = date(record, fields, FieldMapping.Role.DOWNLOADED, sink);
        RawArticle article = RawArticle.compose(record, title, byline, body, published, downloaded,
                fields.first(FieldMapping.Role.URL), fields.first(FieldMapping.Role.OUTLET),
                fields.first(FieldMapping.Role.LANGUAGE));
        String composed = article.text();
        long bytes = TextMeasures.utf8Length(composed);
        if (bytes > maxBytes) {
            sink.reject(new Rejection(record, Rejection.Kind.TOO_LARGE, "the article is "
                    + IngestOptions.describeBytes(bytes) + ", over the limit of "
                    + IngestOptions.describeBytes(maxBytes) + "; raise it with " + IngestOptions.MAX_ARTICLE_SIZE_OPTION));
            return;
        }
        int nuls = TextMeasures.countNuls(composed);
        if (nuls > 0) {
            sink.warn(record, TextMeasures.nulWarning(nuls));
        }
        sink.accept(article);
    }

    /** The first readable date among the role's fields; unreadable ones are named in a warning. */
    private static LocalDate date(Provenance record, RecordFields fields, FieldMapping.Role role, ArticleSink sink) {
        int names = fields.mapping().names(role).size();
        for (int rank = 0; rank < names; rank++) {
            String value = fields.value(role, rank);
            if (value == null || TextMeasures.isBlank(value)) {
                continue;
            }
            LocalDate date = DateField.parse(value);
            if (date != null) {
                return date;
            }
            String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
            sink.warn(record, "ignored the unreadable date in \"" + fields.name(role, rank) + "\": \"" + shown + "\"");
        }
        return null;
    }
}
