package org.marsad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.export.ExportReader;
import org.marsad.export.QuoteRecord;
import org.marsad.quote.SpeakerQuery;
import org.marsad.quote.SpeakerTally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marsad quotes --speaker NAME}: what a person or body said across an analysed corpus, read
 * back from its export; without a name, who said most.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"What a person or body said across an analysed corpus, oldest first: the date, outlet, "
                + "headline and source of each quote, its kind (direct or indirect), the speaker as written, what "
                + "was said and the speech verb.", "Without --speaker: every speaker with their number of quotes, "
                + "most quoted first."})
final class QuotesCommand implements Callable<Integer> {
    private static final Comparator<QuoteRecord> OLDEST_FIRST = Comparator.comparing(q -> q.article().published(),
            Comparator.nullsLast(Comparator.naturalOrder()));

    @Option(names = "--speaker", paramLabel = "NAME", description = "Who: in Arabic in any spelling (a surname finds "
            + "the full name, بيسكوف finds دميتري بيسكوف) or in Latin letters (Peskov).")
    String speaker;

    @Mixin
    ExportDir export;

    @Mixin
    PublishedRange published;

    @Option(names = "--json", description = "One JSON object a line instead of text.")
    boolean json;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "0",
            description = "Show at most N quotes (or speakers); 0 shows all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        Path out = export.existing();
        published.check();
        if (limit < 0) {
            throw new IllegalArgumentException("-n must be 0 (all) or more, not " + limit);
        }
        ExportProblems problems = new ExportProblems(System.err);
        ExportReader export = new ExportReader(out, problems);
        QuotePrinter printer = new QuotePrinter(System.out, json);
        if (speaker != null) {
            SpeakerQuery query = SpeakerQuery.of(speaker);
            export.readEntities(query::learn);
            List<QuoteRecord> quotes = new ArrayList<>();
            export.readQuotes(q -> {
                if (published.includes(q.article().published()) && query.matches(q.speaker(), q.speakerEntity())) {
                    quotes.add(q);
                }
            });
            quotes.sort(OLDEST_FIRST);
            printer.quotes(speaker, quotes, limit);
        } else {
            SpeakerTally tally = new SpeakerTally();
            export.readQuotes(q -> {
                if (published.includes(q.article().published())) {
                    tally.add(q.speaker(), q.speakerEntity(), q.direct());
                }
            });
            export.readEntities(tally::learn);
            printer.speakers(tally.rows(), limit);
        }
        problems.finish();
        return ExitCodes.OK;
    }
}
