package org.marsad.server.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Arabic labels for the export's codes ({@code labels.txt}); a code without one shows as itself. */
public final class Labels {
    private final Map<String, String> labels;

    private Labels(Map<String, String> labels) {
        this.labels = labels;
    }

    public static Labels standard() {
        Map<String, String> labels = new HashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Labels.class.getResourceAsStream("labels.txt"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    labels.put(line.substring(0, tab), line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Labels(Map.copyOf(labels));
    }

    /** The label of a code; Pebble templates call it as {@code labels.of(code)}. */
    public String of(String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }
}
