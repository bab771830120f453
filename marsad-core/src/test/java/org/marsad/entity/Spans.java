package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;

/** Entity mentions written by hand for tests: each name found in the text, in order. */
public final class Spans {
    private Spans() {
    }

    /** A mention of {@code type} at the {@code nth} (0-based) occurrence of {@code name} in {@code text}. */
    public static EntityMention at(String text, String name, EntityType type, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(name, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException(name + " occurs fewer than " + (nth + 1) + " times");
            }
        }
        return new EntityMention(at, at + name.length(), type);
    }

    public static EntityMention at(String text, String name, EntityType type) {
        return at(text, name, type, 0);
    }

    /** The mentions sorted by start. */
    public static List<EntityMention> sorted(EntityMention... mentions) {
        List<EntityMention> list = new ArrayList<>(List.of(mentions));
        list.sort((a, b) -> a.start() - b.start());
        return list;
    }
}
