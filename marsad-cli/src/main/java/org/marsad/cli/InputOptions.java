package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.ingest.FieldMapping;
import org.marsad.ingest.IngestOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options that say what to read and how: shared by every command that ingests. */
final class InputOptions {
    @Parameters(paramLabel = "INPUT", description = "Files, directories (read recursively), .gz, .zip, "
            + "JSON/JSONL record files, web pages, WARC crawls, RSS/Atom feeds, web addresses (with --fetch), "
            + "or - for standard input. Default: the bundled sample corpus.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--field", paramLabel = "ROLE=NAME", description = "Read ROLE from the JSON field NAME, e.g. "
            + "--field text=content --field downloaded=date_extracted. Roles: text, title, byline, published, "
            + "downloaded, url, outlet, language, id.")
    List<String> fields = new ArrayList<>();

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Decode text files with CHARSET instead of detecting it (e.g. windows-1256).")
    String encoding;

    @Option(names = "--max-article-size", paramLabel = "SIZE", defaultValue = "10MiB",
            description = "Reject articles larger than this, e.g. 500k, 20MiB (default: ${DEFAULT-VALUE}).")
    String maxArticleSize;

    IngestOptions ingestOptions() {
        FieldMapping mapping = FieldMapping.defaults();
        for (String f : fields) {
            mapping = mapping.withOverrides(f);
        }
        IngestOptions options = IngestOptions.defaults().withFields(mapping).withMaxArticleSize(maxArticleSize);
        return encoding == null ? options : options.withForcedEncoding(encoding);
    }

    /** The inputs, or the sample corpus shipped with marsad when none are given. */
    List<String> inputsOrSample() {
        if (!inputs.isEmpty()) {
            return inputs;
        }
        String home = System.getenv("MARSAD_HOME");
        Path sample = Path.of(home != null ? home : ".").resolve("samples/seeds");
        if (!Files.isDirectory(sample)) {
            throw new IllegalArgumentException("no INPUT given, and the bundled sample corpus is not at " + sample);
        }
        return List.of(sample.toString());
    }
}
