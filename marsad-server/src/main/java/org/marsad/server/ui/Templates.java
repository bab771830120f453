package org.marsad.server.ui;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The page templates (Pebble, under {@code ui/templates}). Auto-escaping is on and no template
 * marks anything safe, so every value, article text above all, is HTML-escaped where it is written.
 */
final class Templates {
    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private final PebbleEngine engine;
    private final Labels labels = Labels.standard();

    Templates() {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("org/marsad/server/ui/templates");
        loader.setSuffix(".peb");
        engine = new PebbleEngine.Builder().loader(loader).autoEscaping(true).strictVariables(false)
                .cacheActive(true).build();
    }

    String render(String template, Map<String, Object> model) {
        Map<String, Object> context = new HashMap<>(model);
        context.put("labels", labels);
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, context, ARABIC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
