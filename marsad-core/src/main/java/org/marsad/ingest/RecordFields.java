package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mapped fields of one JSON record, read straight off the streaming parser. Fields no role
 * asks for are skipped without being decoded, which keeps large unused fields (raw HTML) cheap.
 * One instance is reused record after record.
 */
final class RecordFields {

    /** Where a field name's value goes: a role, and its rank among that role's names. */
    private record Slot(FieldMapping.Role role, int rank) {
    }

    private final FieldMapping mapping;
    private final Map<String, List<Slot>> slots = new HashMap<>();
    /** values[role][rank]: the field's value, or null if absent or JSON null. */
    private final String[][] values;
    /** present[role][rank]: the field was in the record, even as null or "". */
    private final boolean[][] present;

    RecordFields(FieldMapping mapping) {
        this.mapping = mapping;
        FieldMapping.Role[] roles = FieldMapping.Role.values();
        values = new String[roles.length][];
        present = new boolean[roles.length][];
        for (FieldMapping.Role role : roles) {
            List<String> names = mapping.names(role);
            values[role.ordinal()] = new String[names.size()];
            present[role.ordinal()] = new boolean[names.size()];
            for (int rank = 0; rank < names.size(); rank++) {
                slots.computeIfAbsent(names.get(rank), k -> new ArrayList<>()).add(new Slot(role, rank));
            }
        }
    }

    FieldMapping mapping() {
        return mapping;
    }

    /** Reads the object the parser is at ({@code START_OBJECT}) up to and including its end. */
    void read(JsonParser p) throws IOException {
        for (int r = 0; r < values.length; r++) {
            Arrays.fill(values[r], null);
            Arrays.fill(present[r], false);
        }
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            List<Slot> targets = slots.get(p.currentName());
            JsonToken value = p.nextToken();
            if (targets == null) {
                p.skipChildren(); // no-op for scalars, which the parser then skips undecoded
                continue;
            }
            List<String> items = null;
            String scalar = null;
            if (value == JsonToken.START_ARRAY) {
                items = readArray(p);
            } else if (value == JsonToken.START_OBJECT) {
                p.skipChildren(); // a nested object is not text; treat the field as absent
            } else if (value != JsonToken.VALUE_NULL) {
                scalar = p.getText();
            }
            for (Slot slot : targets) {
                present[slot.role.ordinal()][slot.rank] = true;
                values[slot.role.ordinal()][slot.rank] = items == null ? scalar : join(slot.role, items);
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new IllegalStateException("parser left the object at " + t);
        }
    }

    /** The scalar items of an array; nested structures in it are skipped. */
    private static List<String> readArray(JsonParser p) throws IOException {
        List<String> items = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
            } else if (t != JsonToken.VALUE_NULL) {
                String item = p.getText().strip();
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    /** Authors read as a byline; paragraphs as a body; anything else keeps its first item. */
    private static String join(FieldMapping.Role role, List<String> items) {
        return switch (role) {
            case BYLINE -> String.join("، ", items);
            case TEXT -> String.join("\n\n", items);
            default -> items.isEmpty() ? "" : items.get(0);
        };
    }

    /** The rank of the first name of {@code role} with a non-blank value, or -1. */
    int firstFilled(FieldMapping.Role role) {
        String[] v = values[role.ordinal()];
        for (int rank = 0; rank < v.length; rank++) {
            if (v[rank] != null && !TextMeasures.isBlank(v[rank])) {
                return rank;
            }
        }
        return -1;
    }

    /** The rank of the first name of {@code role} present at all (even null), or -1. */
    int firstPresent(FieldMapping.Role role) {
        boolean[] p = present[role.ordinal()];
        for (int rank = 0; rank < p.length; rank++) {
            if (p[rank]) {
                return rank;
            }
        }
        return -1;
    }

    String value(FieldMapping.Role role, int rank) {
        return values[role.ordinal()][rank];
    }

    /** The first non-blank value of {@code role}, stripped, or null. */
    String first(FieldMapping.Role role) {
        int rank = firstFilled(role);
        return rank < 0 ? null : values[role.ordinal()][rank].strip();
    }

    String name(FieldMapping.Role role, int rank) {
        return mapping.names(role).get(rank);
    }
}
