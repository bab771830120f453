package org.marsad.doc;

import java.util.Objects;

/**
 * The typed key of one annotation layer. Each stage declares the layer it adds as a constant
 * next to its own code (e.g. the sentence splitter owns the sentence layer), so the document
 * model does not need to know every stage.
 */
public final class Layer<T extends Span> {
    private final String name;
    private final Class<T> type;

    private Layer(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
    }

    public static <T extends Span> Layer<T> of(String name, Class<T> type) {
        return new Layer<>(name, type);
    }

    public String name() {
        return name;
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return name;
    }
}
