package org.marsad.web.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared evaluation data lies: {@code shared/data/html} beside the checkout. Tried in
 * order: the {@code marsad.shared} system property (the build sets it), then {@code ../shared}
 * from the working directory (the repository root) and {@code ../../shared} (a module folder).
 */
public final class EvalData {

    private EvalData() {
    }

    /** The {@code data/html} folder, or null when this machine has none. */
    public static Path htmlRoot() {
        String property = System.getProperty("marsad.shared");
        if (property != null) {
            Path p = Path.of(property, "data", "html");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        for (String candidate : new String[] {"../shared/data/html", "../../shared/data/html"}) {
            Path p = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    /** A data set folder under the root, or null when absent. */
    public static Path set(String name) {
        Path root = htmlRoot();
        if (root == null) {
            return null;
        }
        Path p = root.resolve(name);
        return Files.isDirectory(p) ? p : null;
    }
}
