package org.marsad.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.index.ArticleSearcher;
import org.marsad.index.Hit;
import org.marsad.index.SearchRequest;
import org.marsad.index.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad search QUERY}: ranked hits with highlighted snippets from an analysed corpus. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the index of analysed articles. Arabic words match their other forms "
                + "(الحكومة finds الحكومات); names match as written, in any spelling of alef, ya and ta marbuta.")
final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to look for; \"quoted phrases\" allowed.")
    List<String> words = new ArrayList<>();

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "marsad-out/index",
            description = "The index to search (default: ${DEFAULT-VALUE}).")
    Path index;

    @Mixin
    PublishedRange published;

    @Option(names = "--outlet", paramLabel = "OUTLET", description = "Only this outlet (repeatable).")
    List<String> outlets = new ArrayList<>();

    @Option(names = "--agency", paramLabel = "AGENCY", description = "Only articles crediting this agency (repeatable).")
    List<String> agencies = new ArrayList<>();

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip, for paging.")
    int offset;

    @Option(names = "--newest", description = "Newest first instead of most relevant first.")
    boolean newest;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(index)) {
            throw new IllegalArgumentException("no index at " + index + "; run 'marsad analyze INPUT... --out DIR' "
                    + "first, or point --index at DIR/index");
        }
        SearchRequest request = SearchRequest.builder().query(String.join(" ", words)).from(published.from)
                .to(published.to).outlets(new LinkedHashSet<>(outlets)).agencies(new LinkedHashSet<>(agencies))
                .offset(offset).limit(limit).order(newest ? SearchRequest.Order.NEWEST : SearchRequest.Order.RELEVANCE)
                .build();
        SearchResult result;
        try (ArticleSearcher searcher = ArticleSearcher.open(index)) {
            result = searcher.search(request);
        }
        print(result, System.out, System.console() != null);
        return ExitCodes.OK;
    }

    private void print(SearchResult result, PrintStream out, boolean terminal) {
        out.printf(Locale.ROOT, "%s%,d hits (%d ms)%n", result.totalHitsExact() ? "" : "about ", result.totalHits(),
                result.tookMillis());
        int rank = offset;
        for (Hit hit : result.hits()) {
            rank++;
            out.printf(Locale.ROOT, "%d. %s  %s  %s%n", rank, hit.published() != null ? hit.published() : "----------",
                    hit.outlet() != null ? hit.outlet() : "-", hit.headline() != null ? hit.headline() : "(no headline)");
            if (hit.snippet() != null && !hit.snippet().isBlank()) {
                out.println("   " + marks(hit.snippet(), terminal));
            }
            out.println("   " + hit.source() + "  [" + hit.id() + "]");
        }
    }

    /** Highlights as bold on a terminal, as ⟦…⟧ in a file or pipe. */
    private static String marks(String snippet, boolean terminal) {
        return snippet.replace(Hit.MARK_START, terminal ? "\u001b[1m" : "⟦")
                .replace(Hit.MARK_END, terminal ? "\u001b[0m" : "⟧").replace('\n', ' ');
    }
}
