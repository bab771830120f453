package org.marsad.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.marsad.story.StoryArticle;
import org.marsad.story.StoryIndex;
import org.marsad.story.StoryView;

/**
 * Times the story layer over an export's articles, read into memory first so reading JSON is
 * timed apart: adding every article (copies, clustering), then building every story's timeline
 * and summary; and the time to add one article to the corpus built so far, over the last
 * additions, when the corpus is nearly whole.
 */
public final class StoryBench {
    /** How many of the last additions the per-article figures are taken over. */
    static final int LAST = 1000;

    /** One run's figures, in seconds and milliseconds. */
    public record Figures(int articles, int stories, int copies, double addSeconds, double storiesSeconds,
            double addMedianMs, double addP99Ms, double addMaxMs) {
        public double totalSeconds() {
            return addSeconds + storiesSeconds;
        }
    }

    private final List<StoryArticle> articles = new ArrayList<>();
    private final double readSeconds;

    /** Reads the articles of {@code articlesFile}. */
    public StoryBench(Path articlesFile, Consumer<MalformedLine> problems) throws IOException {
        long t0 = System.nanoTime();
        ExportReader.readStoryArticles(articlesFile, UnaryOperator.identity(), problems, articles::add);
        readSeconds = (System.nanoTime() - t0) / 1e9;
    }

    public double readSeconds() {
        return readSeconds;
    }

    public int size() {
        return articles.size();
    }

    public Figures run() {
        StoryIndex index = new StoryIndex();
        int n = articles.size();
        double[] lastAdds = new double[Math.min(LAST, n)];
        int copies = 0;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long a = System.nanoTime();
            if (index.add(articles.get(i)).duplicateOf() != null) {
                copies++;
            }
            int k = i - (n - lastAdds.length);
            if (k >= 0) {
                lastAdds[k] = (System.nanoTime() - a) / 1e6;
            }
        }
        long t1 = System.nanoTime();
        List<StoryView> stories = index.stories();
        long t2 = System.nanoTime();
        Arrays.sort(lastAdds);
        return new Figures(n, stories.size(), copies, (t1 - t0) / 1e9, (t2 - t1) / 1e9, percentile(lastAdds, 0.5),
                percentile(lastAdds, 0.99), lastAdds.length == 0 ? 0 : lastAdds[lastAdds.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))];
    }
}
