package org.marsad.cli;

import java.nio.file.Path;
import org.marsad.export.ExportReader;
import picocli.CommandLine.Option;

/** The {@code --out DIR} of the commands that read an export {@code analyze} wrote. */
final class ExportDir {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "marsad-out",
            description = "The export to read, as written by analyze --out DIR (default: ${DEFAULT-VALUE}).")
    Path dir;

    /** The folder, once it is known to hold an export; else one clear message for the user. */
    Path existing() {
        if (!ExportReader.isExport(dir)) {
            throw new IllegalArgumentException("no export in " + dir + ": run `marsad analyze ... --out " + dir
                    + "` first");
        }
        return dir;
    }
}
