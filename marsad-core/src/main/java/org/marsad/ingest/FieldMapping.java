package org.marsad.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Which JSON field of a record plays which role. Each role has a list of field names tried in
 * order; the first one present with a non-blank value wins. The defaults read news-please
 * ({@code maintext}, {@code date_publish}, {@code source_domain}, ...) and SaudiNewsNet
 * ({@code content}, {@code author}, {@code date_extracted}, {@code source}) alike; any other
 * layout is one {@code --field ROLE=NAME} away.
 */
public final class FieldMapping {

    public enum Role {
        /** The body. {@code description} comes last: a lede is better than nothing. */
        TEXT("maintext", "content", "text", "body", "article", "description"),
        TITLE("title", "headline"),
        /** Authors; an array is joined with an Arabic comma. */
        BYLINE("authors", "author", "byline"),
        /** A date the record states as the publication date. */
        PUBLISHED("date_publish", "published", "datePublished", "pubDate", "date"),
        /** When the page was fetched: only an upper bound on publication, so kept apart. */
        DOWNLOADED("date_download", "date_extracted", "date_crawled"),
        URL("url", "link"),
        OUTLET("source_domain", "source", "outlet", "site_name"),
        LANGUAGE("language", "lang"),
        ID("id");

        private final List<String> defaults;

        Role(String... defaults) {
            this.defaults = List.of(defaults);
        }

        /** The name used on the command line: {@code text}, {@code byline}, ... */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public List<String> defaultNames() {
            return defaults;
        }
    }

    private static final FieldMapping DEFAULTS = build();

    private final Map<Role, List<String>> names;

    private FieldMapping(Map<Role, List<String>> names) {
        this.names = Collections.unmodifiableMap(names);
    }

    private static FieldMapping build() {
        Map<Role, List<String>> names = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            names.put(role, role.defaults);
        }
        return new FieldMapping(names);
    }

    public static FieldMapping defaults() {
        return DEFAULTS;
    }

    /**
     * The defaults with some roles overridden: {@code "text=content,downloaded=date_extracted"}.
     * A role may list alternatives tried in order ({@code text=body|summary}); an empty name
     * ({@code published=}) turns the role off.
     *
     * @throws IllegalArgumentException naming the bad part and the known roles
     */
    public static FieldMapping parse(String spec) {
        return DEFAULTS.withOverrides(spec);
    }

    /** This mapping with the overrides of {@code spec} (same syntax as {@link #parse}) applied. */
    public FieldMapping withOverrides(String spec) {
        FieldMapping result = this;
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(IngestOptions.FIELD_OPTION + " \"" + part.trim()
                        + "\": write ROLE=NAME, e.g. text=content (roles: " + roleKeys() + ")");
            }
            Role role = roleNamed(part.substring(0, eq));
            List<String> fields = new ArrayList<>();
            for (String name : part.substring(eq + 1).split("\\|")) {
                if (!name.isBlank()) {
                    fields.add(name.trim());
                }
            }
            result = result.with(role, fields);
        }
        return result;
    }

    /** This mapping with {@code role} read from exactly {@code fieldNames}, in order. */
    public FieldMapping with(Role role, List<String> fieldNames) {
        Map<Role, List<String>> copy = new EnumMap<>(names);
        copy.put(role, List.copyOf(fieldNames));
        return new FieldMapping(copy);
    }

    public FieldMapping with(Role role, String... fieldNames) {
        return with(role, Arrays.asList(fieldNames));
    }

    /** The field names tried for {@code role}, in order; empty when the role is off. */
    public List<String> names(Role role) {
        return names.get(role);
    }

    /** Accepts {@code text}, {@code TEXT}, and {@code author}/{@code authors} for the byline. */
    public static Role roleNamed(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        switch (k) {
            case "author", "authors" -> {
                return Role.BYLINE;
            }
            default -> {
                for (Role role : Role.values()) {
                    if (role.key().equals(k)) {
                        return role;
                    }
                }
            }
        }
        throw new IllegalArgumentException(IngestOptions.FIELD_OPTION + ": unknown role \"" + key.trim()
                + "\" (roles: " + roleKeys() + ")");
    }

    private static String roleKeys() {
        StringJoiner keys = new StringJoiner(", ");
        for (Role role : Role.values()) {
            keys.add(role.key());
        }
        return keys.toString();
    }

    /** The same syntax {@link #parse} reads, every role spelled out. */
    @Override
    public String toString() {
        StringJoiner spec = new StringJoiner(",");
        names.forEach((role, fields) -> spec.add(role.key() + "=" + String.join("|", fields)));
        return spec.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldMapping other && names.equals(other.names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }
}
