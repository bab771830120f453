package org.marsad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bytes of text the inputs hold, for progress estimates, or 0 when that is unknown: standard
 * input, and compressed files, whose size on disk says little about the text inside.
 */
final class InputSizes {
    private InputSizes() {
    }

    static long bytes(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            Path p = Path.of(input);
            try {
                if (Files.isRegularFile(p)) {
                    if (compressed(p)) {
                        return 0;
                    }
                    total += Files.size(p);
                } else if (Files.isDirectory(p)) {
                    try (Stream<Path> files = Files.walk(p)) {
                        List<Path> all = files.filter(Files::isRegularFile).toList();
                        if (all.stream().anyMatch(InputSizes::compressed)) {
                            return 0;
                        }
                        total += all.stream().mapToLong(InputSizes::size).sum();
                    }
                } else {
                    return 0;
                }
            } catch (IOException | UncheckedIOException | SecurityException e) {
                // an unreadable input is reported by ingestion; the estimate just leaves it out
            }
        }
        return total;
    }

    private static boolean compressed(Path p) {
        String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".gz") || name.endsWith(".zip");
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
