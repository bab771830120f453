package org.marsad.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.Marsad;
import org.marsad.doc.ArticleMeta;
import org.marsad.doc.Doc;
import org.marsad.doc.Provenance;
import org.marsad.ingest.RawArticle;
import org.marsad.time.Timex;
import org.marsad.time.TimexTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code marsad time "TEXT" [--published DATE]}: the time expressions of a text and their values. */
@Command(name = "time", mixinStandardHelpOptions = true,
        description = "Print the time expressions of TEXT with their TIMEX3 types and values, resolved against "
                + "the publication date (given, or inferred from the text when it can be).")
final class TimeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "TEXT", description = "Arabic text; - reads it from standard input.")
    String text;

    @Option(names = "--published", paramLabel = "DATE", description = "Publication date (YYYY-MM-DD).")
    LocalDate published;

    @Override
    public Integer call() throws Exception {
        String input = "-".equals(text) ? new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                : text;
        RawArticle raw = new RawArticle(Provenance.ofFile("-"), input, null, null, published, null, null, null, null);
        Doc doc = Marsad.pipeline().analyze(raw);
        PrintStream out = System.out;
        ArticleMeta meta = doc.meta();
        if (meta.published() == null) {
            out.println("published: unknown (relative expressions keep unresolved values)");
        } else if (meta.publishedInferred()) {
            out.printf(Locale.ROOT, "published: %s (inferred, confidence %.2f)%n", meta.published(),
                    meta.publishedConfidence());
        } else {
            out.println("published: " + meta.published());
        }
        for (Timex t : doc.get(TimexTagger.LAYER)) {
            out.printf(Locale.ROOT, "%d-%d\t%s\t%s\t%s%n", t.start(), t.end(), t.type(), t.value(), doc.textOf(t));
        }
        return ExitCodes.OK;
    }
}
