package org.marsad.cli;

import java.nio.file.Path;

/** Where the shared evaluation folder is by default: beside the checkout, as the README lays it out. */
final class SharedData {
    private SharedData() {
    }

    /** {@code ../shared} from the marsad checkout ({@code MARSAD_HOME}, set by the launcher), or from here. */
    static Path folder() {
        String home = System.getenv("MARSAD_HOME");
        return Path.of(home != null ? home : ".").toAbsolutePath().normalize().resolveSibling("shared");
    }

    /** The checkout itself: where {@code train ner} writes the bundled model by default. */
    static Path checkout() {
        String home = System.getenv("MARSAD_HOME");
        return Path.of(home != null ? home : ".").toAbsolutePath().normalize();
    }
}
