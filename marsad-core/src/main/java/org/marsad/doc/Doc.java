package org.marsad.doc;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One analysed article: an immutable text and the annotation layers over it.
 *
 * <p>The text is the cleaned article (headline, then body paragraphs, separated by blank lines),
 * assembled from spans of the source text without changing a character; {@link #sourceMap()}
 * maps every offset back to the source. Layers are written once, by the stage that owns them,
 * and read by the stages after it, as in spaCy's Doc/Span model.
 */
public final class Doc {
    private final String id;
    private final Provenance provenance;
    private final String text;
    private final SourceMap sourceMap;
    private ArticleMeta meta;
    private final Map<Layer<?>, List<? extends Span>> layers = new LinkedHashMap<>();

    public Doc(String id, Provenance provenance, String text, SourceMap sourceMap, ArticleMeta meta) {
        this.id = Objects.requireNonNull(id);
        this.provenance = Objects.requireNonNull(provenance);
        this.text = Objects.requireNonNull(text);
        this.sourceMap = Objects.requireNonNull(sourceMap);
        this.meta = Objects.requireNonNull(meta);
    }

    public String id() {
        return id;
    }

    public Provenance provenance() {
        return provenance;
    }

    public String text() {
        return text;
    }

    public SourceMap sourceMap() {
        return sourceMap;
    }

    public ArticleMeta meta() {
        return meta;
    }

    /**
     * Records a publication date inferred for an article that gives none; the date stage does this
     * before it anchors the time expressions, so later stages read the inferred date.
     */
    public void inferPublished(LocalDate date, double confidence) {
        if (meta.hasWrittenDate()) {
            throw new IllegalStateException(id + " has a written publication date " + meta.published());
        }
        meta = meta.withInferredPublished(date, confidence);
    }

    /**
     * Records the publication date the user gave for inputs that carry none ({@code analyze
     * --published}); it counts as given, not inferred.
     */
    public void assumePublished(LocalDate date) {
        if (meta.published() != null) {
            throw new IllegalStateException(id + " already has a publication date " + meta.published());
        }
        meta = meta.withGivenPublished(date);
    }

    /**
     * A copy of this article with other metadata and without the given layers, to be analysed
     * again from the stage that adds them (a corpus-level date changes every anchored value).
     */
    public Doc copy(ArticleMeta newMeta, Set<Layer<?>> dropped) {
        Doc copy = new Doc(id, provenance, text, sourceMap, newMeta);
        layers.forEach((layer, spans) -> {
            if (!dropped.contains(layer)) {
                copy.layers.put(layer, spans);
            }
        });
        return copy;
    }

    public String textOf(Span span) {
        return span.textIn(text);
    }

    /** Adds a layer; a layer is written once, so a second write is a programming error. */
    public <T extends Span> void put(Layer<T> layer, List<T> spans) {
        for (T span : spans) {
            if (span.end() > text.length()) {
                throw new IllegalArgumentException(layer + ": span " + span + " is past the text end " + text.length());
            }
        }
        if (layers.putIfAbsent(layer, List.copyOf(spans)) != null) {
            throw new IllegalStateException("layer " + layer + " is already set on " + id);
        }
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /** The spans of a layer, or an empty list when no stage added it. */
    @SuppressWarnings("unchecked")
    public <T extends Span> List<T> get(Layer<T> layer) {
        return (List<T>) layers.getOrDefault(layer, Collections.emptyList());
    }
}
