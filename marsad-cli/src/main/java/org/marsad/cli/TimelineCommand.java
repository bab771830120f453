package org.marsad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.marsad.export.ExportReader;
import org.marsad.story.StoryArticle;
import org.marsad.story.StoryView;
import org.marsad.story.summary.Sentence;
import org.marsad.story.summary.SummarySentence;
import org.marsad.story.timeline.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code marsad timeline STORY}: one story's summary and dated timeline, every entry with its sources. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Print a story's summary and timeline: each entry's date, type, participants, place and "
                + "one-sentence summary, then every source that tells it (outlet, date, article id and the "
                + "character offsets of the sentence).")
final class TimelineCommand implements Callable<Integer> {
    @Parameters(paramLabel = "STORY", description = "The story's id (as 'marsad stories' lists it), or the id of one of its articles.")
    String story;

    @Mixin
    ExportDir export;

    @Override
    public Integer call() throws Exception {
        Path out = export.existing();
        ExportProblems problems = new ExportProblems(System.err);
        ExportReader export = new ExportReader(out, problems);
        StoryView[] found = new StoryView[1];
        export.readStories(s -> {
            if (s.id().equals(story) || s.articles().contains(story)) {
                found[0] = s;
            }
        });
        if (found[0] == null) {
            System.err.println("marsad: no story " + story + " in " + out + " ('marsad stories --out " + out
                    + "' lists them)");
            return ExitCodes.USAGE;
        }
        StoryView s = found[0];
        Map<String, String> names = new HashMap<>();
        export.readEntities(e -> names.put(e.id(), e.name()));
        Set<String> ids = new HashSet<>(s.articles());
        Map<String, StoryArticle> articles = new HashMap<>();
        export.readStoryArticles(a -> {
            if (ids.contains(a.id())) {
                articles.put(a.id(), a);
            }
        });
        print(System.out, s, names, articles);
        problems.finish();
        return ExitCodes.OK;
    }

    private static void print(PrintStream o, StoryView s, Map<String, String> names, Map<String, StoryArticle> articles) {
        o.printf(Locale.ROOT, "%s: %s%n%d articles, %s..%s, outlets: %s%n", s.id(), s.title(), s.size(), s.first(),
                s.last(), String.join(", ", s.outlets()));
        if (!s.summary().isEmpty()) {
            o.println();
            o.println("Summary:");
            for (SummarySentence sentence : s.summary()) {
                o.println("  " + sentence.text());
                for (Sentence source : sentence.sources()) {
                    o.println("      " + cite(articles.get(source.article()), source.article(), source.start(), source.end()));
                }
            }
        }
        o.println();
        o.println("Timeline:");
        if (s.timeline().isEmpty()) {
            o.println("  (no dated events)");
        }
        for (TimelineEntry e : s.timeline()) {
            String who = e.participants().stream().map(p -> names.getOrDefault(p, p)).collect(Collectors.joining("، "));
            o.printf(Locale.ROOT, "  %s%s  %s%s%s%s%n", e.date(), e.dateInferred() ? " (inferred)" : "", e.type(),
                    "HAPPENED".equals(e.status()) ? "" : " (" + e.status().toLowerCase(Locale.ROOT) + ")",
                    who.isEmpty() ? "" : "  " + who, e.place() == null ? "" : "  @ " + names.getOrDefault(e.place(), e.place()));
            o.println("      " + e.summary());
            for (TimelineEntry.Source src : e.sources()) {
                o.println("      " + cite(articles.get(src.article()), src.article(), src.start(), src.end()));
            }
        }
    }

    private static String cite(StoryArticle a, String id, int start, int end) {
        String where = a == null ? id : (a.outlet() == null ? "" : a.outlet() + ", ") + a.published() + ", " + id;
        return "[" + where + " " + start + "-" + end + "]";
    }
}
