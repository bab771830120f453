package org.marsad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.export.ExportReader;
import org.marsad.export.StoryExport;
import org.marsad.story.StoryArticle;
import org.marsad.story.StoryIndex;
import org.marsad.story.StoryView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad stories}: the stories of an analysed corpus, largest first. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "List the stories of an analysed corpus, largest first: id, number of articles, span of "
                + "publication dates, outlets and title. 'marsad timeline STORY' shows one story's timeline.")
final class StoriesCommand implements Callable<Integer> {
    @Mixin
    ExportDir export;

    @Option(names = "--min-size", paramLabel = "N", defaultValue = "1",
            description = "Only stories of at least N articles (default: ${DEFAULT-VALUE}).")
    int minSize;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "50",
            description = "Show at most N stories; 0 shows all (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--sample", paramLabel = "N",
            description = "Show N stories drawn at random (with --seed) instead of the largest.")
    Integer sample;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of --sample (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--articles", description = "Under each story, its articles: date, outlet and headline.")
    boolean articles;

    @Option(names = "--rebuild", description = "Build the stories of the export again from its articles first "
            + "(rewrites stories.json and each article's story and duplicate_of).")
    boolean rebuild;

    @Override
    public Integer call() throws Exception {
        Path out = export.existing();
        PrintStream o = System.out;
        ExportProblems problems = new ExportProblems(System.err);
        if (rebuild) {
            long t0 = System.nanoTime();
            StoryIndex index = StoryExport.rebuild(out, problems);
            o.printf(Locale.ROOT, "marsad: %,d articles placed in stories in %.1f s%n", index.size(),
                    (System.nanoTime() - t0) / 1e9);
        }
        ExportReader export = new ExportReader(out, problems);
        List<StoryView> stories = new ArrayList<>();
        export.readStories(s -> {
            if (s.size() >= minSize) {
                stories.add(s);
            }
        });
        int total = stories.size();
        if (sample != null) {
            Collections.shuffle(stories, new Random(seed));
            stories.subList(Math.min(sample, stories.size()), stories.size()).clear();
        } else if (limit > 0 && stories.size() > limit) {
            stories.subList(limit, stories.size()).clear();
        }
        Map<String, StoryArticle> byId = articles ? articlesOf(export, stories) : Map.of();
        o.printf(Locale.ROOT, "%,d stories of %d or more articles%s%n", total, minSize,
                stories.size() < total ? "; showing " + stories.size() : "");
        for (StoryView s : stories) {
            o.printf(Locale.ROOT, "%s  %3d articles  %s  %d outlets: %s%n    %s%n", s.id(), s.size(), span(s),
                    s.outlets().size(), String.join(", ", s.outlets()), s.title());
            for (String id : articles ? s.articles() : List.<String>of()) {
                StoryArticle a = byId.get(id);
                o.printf(Locale.ROOT, "      %s  %-12s %s%n", a == null ? "?" : a.published(),
                        a == null ? "?" : a.outlet(), a == null ? id : a.headline());
            }
        }
        problems.finish();
        return ExitCodes.OK;
    }

    private static String span(StoryView s) {
        if (s.first() == null) {
            return "undated";
        }
        return s.first().equals(s.last()) ? s.first().toString() : s.first() + ".." + s.last();
    }

    private static Map<String, StoryArticle> articlesOf(ExportReader export, List<StoryView> stories)
            throws java.io.IOException {
        Set<String> wanted = new HashSet<>();
        stories.forEach(s -> wanted.addAll(s.articles()));
        Map<String, StoryArticle> out = new HashMap<>();
        export.readStoryArticles(a -> {
            if (wanted.contains(a.id())) {
                out.put(a.id(), a);
            }
        });
        return out;
    }
}
