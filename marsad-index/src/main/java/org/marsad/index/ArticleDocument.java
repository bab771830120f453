package org.marsad.index;

import java.time.LocalDate;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.marsad.doc.ArticleMeta;
import org.marsad.doc.Doc;
import org.marsad.entity.latin.Transliterator;

/**
 * Turns an analysed {@link Doc} into the Lucene document {@link ArticleFields} describes. A pure
 * function of the Doc, which is what makes re-indexing an article reproduce it exactly.
 */
final class ArticleDocument {
    /** Stored, analysed text whose postings keep offsets, so highlighting never re-analyses. */
    private static final FieldType STORED_TEXT_WITH_OFFSETS = textWithOffsets(true);
    /** The same, not stored: its offsets point into the stored {@link ArticleFields#TEXT}. */
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets(false);

    private ArticleDocument() {
    }

    static Document of(Doc doc) {
        ArticleMeta meta = doc.meta();
        Document d = new Document();
        d.add(new StringField(ArticleFields.ID, doc.id(), Field.Store.YES));
        d.add(new StoredField(ArticleFields.SOURCE, doc.provenance().label()));
        if (meta.headline() != null) {
            d.add(new TextField(ArticleFields.HEADLINE, meta.headline(), Field.Store.YES));
        }
        d.add(new Field(ArticleFields.TEXT, doc.text(), STORED_TEXT_WITH_OFFSETS));
        d.add(new Field(ArticleFields.NAMES, doc.text(), TEXT_WITH_OFFSETS));
        TokenStream latin = LatinNameStream.of(doc, Transliterator.standard());
        if (latin != null) {
            d.add(new Field(ArticleFields.LATIN, latin, TEXT_WITH_OFFSETS));
        }
        if (meta.outlet() != null) {
            addKey(d, ArticleFields.OUTLET, meta.outlet());
        }
        for (String agency : meta.agencies()) {
            addKey(d, ArticleFields.AGENCY, agency);
        }
        addStored(d, ArticleFields.DATELINE, meta.dateline());
        addStored(d, ArticleFields.BYLINE, meta.byline());
        addStored(d, ArticleFields.SECTION, meta.section());
        addStored(d, ArticleFields.URL, meta.url());
        addStored(d, ArticleFields.LANGUAGE, meta.language());
        LocalDate published = meta.published();
        if (published != null) {
            d.add(new LongPoint(ArticleFields.PUBLISHED, published.toEpochDay()));
            d.add(new NumericDocValuesField(ArticleFields.PUBLISHED, published.toEpochDay()));
            d.add(new StoredField(ArticleFields.PUBLISHED, published.toString()));
            d.add(new StoredField(ArticleFields.PUBLISHED_INFERRED, Boolean.toString(meta.publishedInferred())));
        }
        return d;
    }

    private static void addKey(Document d, String field, String value) {
        d.add(new StringField(field, ArticleFields.key(value), Field.Store.NO));
        d.add(new StoredField(field, value));
    }

    private static void addStored(Document d, String field, String value) {
        if (value != null) {
            d.add(new StoredField(field, value));
        }
    }

    private static FieldType textWithOffsets(boolean stored) {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setStored(stored);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
