package org.marsad.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.Callable;
import org.marsad.export.ExportReader;
import org.marsad.story.IntSets;
import org.marsad.story.Placement;
import org.marsad.story.StoryArticle;
import org.marsad.story.StoryIndex;
import org.marsad.story.duplicate.Shingles;
import org.marsad.story.duplicate.SimilarPairs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code marsad evaluate duplicates --out DIR}: how many of the corpus's cross-outlet copies the
 * copy detection finds, against every pair whose exact shingle Jaccard reaches a threshold, and a
 * random sample of the pairs it reports, written out to be checked by hand.
 */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = "Recall of copy detection against every cross-outlet pair of articles whose exact "
                + Shingles.WORDS + "-word shingle Jaccard reaches --jaccard, and a random sample of reported pairs "
                + "to check by hand.")
final class EvaluateDuplicatesCommand implements Callable<Integer> {
    @Mixin
    ExportDir export;

    @Option(names = "--jaccard", paramLabel = "J", defaultValue = "0.8",
            description = "Pairs at or above this exact Jaccard are the copies to find (default: ${DEFAULT-VALUE}).")
    double jaccard;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "50",
            description = "Reported pairs drawn at random for the hand check (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the draw (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--pairs", paramLabel = "FILE",
            description = "Write the drawn pairs here with the start of both texts, to judge (default: none).")
    Path pairsFile;

    @Override
    public Integer call() throws Exception {
        PrintStream o = System.out;
        Path out = export.existing();
        // articles are read one at a time and only what the report shows is kept, so any corpus fits
        List<Kept> articles = new ArrayList<>();
        List<int[]> shingles = new ArrayList<>();
        StoryIndex index = new StoryIndex();
        new ExportReader(out, p -> System.err.println("marsad: " + p.file() + " line " + p.line() + ": " + p.reason()))
                .readStoryArticles(a -> {
                    index.add(a);
                    shingles.add(index.shingles(a.id()));
                    articles.add(new Kept(a.id(), a.outlet(), a.headline(), start(a)));
                });
        String[] original = new String[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            Placement p = index.placement(articles.get(i).id());
            original[i] = p.duplicateOf() != null ? p.duplicateOf() : articles.get(i).id();
        }
        int truth = 0;
        int found = 0;
        for (SimilarPairs.Pair p : SimilarPairs.find(shingles, jaccard)) {
            if (crossOutlet(articles.get(p.a()), articles.get(p.b()))) {
                truth++;
                if (original[p.a()].equals(original[p.b()])) {
                    found++;
                }
            }
        }
        o.printf(Locale.ROOT, "articles: %,d; reported as copies of an earlier article: %,d%n", articles.size(),
                countCopies(articles, original));
        o.printf(Locale.ROOT, "cross-outlet pairs with exact Jaccard >= %.2f: %,d; in one copy group: %,d; recall %.1f%%%n",
                jaccard, truth, found, truth == 0 ? 100.0 : 100.0 * found / truth);
        drawPairs(o, articles, shingles, original);
        return ExitCodes.OK;
    }

    /** What the report shows of an article. */
    private record Kept(String id, String outlet, String headline, String start) {
    }

    private static boolean crossOutlet(Kept a, Kept b) {
        return a.outlet() != null && b.outlet() != null && !a.outlet().equals(b.outlet());
    }

    private static int countCopies(List<Kept> articles, String[] original) {
        int n = 0;
        for (int i = 0; i < articles.size(); i++) {
            n += original[i].equals(articles.get(i).id()) ? 0 : 1;
        }
        return n;
    }

    /** Each copy with its original, drawn at random, with the exact overlap of the two. */
    private void drawPairs(PrintStream o, List<Kept> articles, List<int[]> shingles, String[] original)
            throws Exception {
        java.util.Map<String, Integer> byId = new java.util.HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            byId.put(articles.get(i).id(), i);
        }
        List<int[]> reported = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (!original[i].equals(articles.get(i).id())) {
                reported.add(new int[] {byId.get(original[i]), i});
            }
        }
        Collections.shuffle(reported, new Random(seed));
        List<int[]> drawn = reported.subList(0, Math.min(sample, reported.size()));
        o.printf(Locale.ROOT, "%d reported pairs drawn (seed %d):%n", drawn.size(), seed);
        PrintWriter w = pairsFile == null ? null
                : new PrintWriter(Files.newBufferedWriter(pairsFile, StandardCharsets.UTF_8));
        int n = 0;
        for (int[] pair : drawn) {
            Kept a = articles.get(pair[0]);
            Kept b = articles.get(pair[1]);
            int[] sa = shingles.get(pair[0]);
            int[] sb = shingles.get(pair[1]);
            int shared = IntSets.shared(sa, sb);
            String line = String.format(Locale.ROOT, "%2d. %s (%s) <- %s (%s): Jaccard %.2f, containment %.2f", ++n,
                    a.id(), a.outlet(), b.id(), b.outlet(), IntSets.jaccard(sa, sb),
                    shared / (double) Math.max(1, Math.min(sa.length, sb.length)));
            o.println(line);
            if (w != null) {
                w.println("## " + line);
                w.println("A: " + Objects.toString(a.headline(), "") + " | " + a.start());
                w.println("B: " + Objects.toString(b.headline(), "") + " | " + b.start());
                w.println();
            }
        }
        if (w != null) {
            w.close();
        }
    }

    private static String start(StoryArticle a) {
        String body = a.text().substring(a.bodyStart()).strip().replaceAll("\\s+", " ");
        return body.length() <= 400 ? body : body.substring(0, 400) + " ...";
    }
}
