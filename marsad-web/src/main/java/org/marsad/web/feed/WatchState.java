package org.marsad.web.feed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.web.fetch.Validators;

/**
 * What a watcher remembers between polls and restarts: the items already read (one
 * {@code feed TAB item} a line in {@code seen.txt}) and each feed URL's validators for
 * conditional GET ({@code validators.tsv}). Files are replaced whole, through a temporary file,
 * so a watcher killed mid-write keeps the last complete state.
 */
final class WatchState {

    private static final String SEEN = "seen.txt";
    private static final String VALIDATORS = "validators.tsv";

    private final Path dir;
    private final Set<String> seen = new LinkedHashSet<>();
    private final Map<String, Validators> validators = new HashMap<>();

    private WatchState(Path dir) {
        this.dir = dir;
    }

    static WatchState load(Path dir) throws IOException {
        WatchState state = new WatchState(dir);
        Path seen = dir.resolve(SEEN);
        if (Files.exists(seen)) {
            for (String line : Files.readAllLines(seen, StandardCharsets.UTF_8)) {
                if (!line.isEmpty()) {
                    state.seen.add(line);
                }
            }
        }
        Path validators = dir.resolve(VALIDATORS);
        if (Files.exists(validators)) {
            for (String line : Files.readAllLines(validators, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length == 3) {
                    state.validators.put(f[0], new Validators(emptyToNull(f[1]), emptyToNull(f[2])));
                }
            }
        }
        return state;
    }

    boolean seen(String feed, String item) {
        return seen.contains(key(feed, item));
    }

    void markSeen(String feed, String item) {
        seen.add(key(feed, item));
    }

    Validators validators(String feed) {
        return validators.getOrDefault(feed, Validators.NONE);
    }

    void setValidators(String feed, Validators v) {
        validators.put(feed, v);
    }

    void save() throws IOException {
        Files.createDirectories(dir);
        replace(SEEN, new ArrayList<>(seen));
        List<String> lines = new ArrayList<>();
        validators.forEach((feed, v) -> lines.add(feed + "\t" + nullToEmpty(v.etag()) + "\t"
                + nullToEmpty(v.lastModified())));
        replace(VALIDATORS, lines);
    }

    private void replace(String name, List<String> lines) throws IOException {
        Path part = dir.resolve(name + ".part");
        Files.write(part, lines, StandardCharsets.UTF_8);
        Files.move(part, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Tabs and line breaks cannot occur in a feed's name or an item's key as stored. */
    private static String key(String feed, String item) {
        return clean(feed) + "\t" + clean(item);
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : clean(s);
    }
}
