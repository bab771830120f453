package org.marsad.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * A SHA-256 digest of an index's committed content: every live article's stored fields, articles
 * in id order, fields in name order, the values of a multi-valued field in the order they were
 * added. Two indexes with equal fingerprints hold the same articles, whatever order they were
 * put in, how often, and how the segments happen to be split and merged.
 */
public final class IndexFingerprint {
    private IndexFingerprint() {
    }

    /** The fingerprint of the last commit in {@code dir}, as lower-case hex. */
    public static String of(Path dir) throws IOException {
        try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            return of(reader);
        }
    }

    public static String of(DirectoryReader reader) throws IOException {
        TreeMap<String, String> articles = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader leafReader = leaf.reader();
            Bits live = leafReader.getLiveDocs();
            StoredFields stored = leafReader.storedFields();
            for (int doc = 0; doc < leafReader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Document document = stored.document(doc);
                    String previous = articles.put(document.get(ArticleFields.ID), canonical(document));
                    if (previous != null) {
                        throw new IllegalStateException("two live articles with id " + document.get(ArticleFields.ID));
                    }
                }
            }
        }
        MessageDigest sha = sha256();
        for (String article : articles.values()) {
            sha.update(article.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Each field as {@code name=length:value}, sorted by name; the sort is stable for values. */
    private static String canonical(Document document) {
        List<IndexableField> fields = new ArrayList<>(document.getFields());
        fields.sort(Comparator.comparing(IndexableField::name));
        StringBuilder out = new StringBuilder();
        for (IndexableField field : fields) {
            String value = field.stringValue();
            out.append(field.name()).append('=').append(value.length()).append(':').append(value);
        }
        return out.toString();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
