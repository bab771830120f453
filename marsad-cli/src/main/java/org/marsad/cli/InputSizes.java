package org.marsad.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The bytes the inputs hold on disk, for progress estimates; unknown inputs count 0. */
final class InputSizes {
    private InputSizes() {
    }

    static long bytes(List<String> inputs) {
        long total = 0;
        for (String input : inputs) {
            Path p = Path.of(input);
            try {
                if (Files.isRegularFile(p)) {
                    total += Files.size(p);
                } else if (Files.isDirectory(p)) {
                    try (Stream<Path> files = Files.walk(p)) {
                        total += files.filter(Files::isRegularFile).mapToLong(InputSizes::size).sum();
                    }
                }
            } catch (IOException | UncheckedIOException | SecurityException e) {
                // an unreadable input is reported by ingestion; the estimate just leaves it out
            }
        }
        return total;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }
}
