package org.marsad.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.clean.ArticleCleaner;
import org.marsad.clean.CleanedArticle;
import org.marsad.clean.RecurringLines;
import org.marsad.clean.RecurringLines.TemplateLines;
import org.marsad.doc.ArticleMeta;
import org.marsad.doc.Doc;
import org.marsad.doc.Layer;
import org.marsad.ingest.RawArticle;

/**
 * The per-article analysis, assembled in one place so it reads as the method: clean the scraped
 * text into an article, then run each stage over it in order. Stages are checked at assembly:
 * each must find the layers it needs already added by the stages before it.
 *
 * <p>One pipeline is shared by all worker threads; stages keep no per-document state.
 */
public final class Pipeline {
    private final ArticleCleaner cleaner;
    private final List<Stage> stages;
    /** Where the time of each stage goes, or null when it is not measured. */
    private final StageTimes times;

    public Pipeline(ArticleCleaner cleaner, List<Stage> stages) {
        this(cleaner, stages, null);
    }

    private Pipeline(ArticleCleaner cleaner, List<Stage> stages, StageTimes times) {
        this.cleaner = cleaner;
        this.times = times;
        this.stages = List.copyOf(stages);
        Set<Layer<?>> available = new HashSet<>();
        for (Stage stage : stages) {
            for (Layer<?> need : stage.needs()) {
                if (!available.contains(need)) {
                    throw new IllegalArgumentException("stage " + stage.name() + " needs layer " + need
                            + ", which no stage before it adds");
                }
            }
            available.addAll(stage.adds());
        }
    }

    public Doc analyze(RawArticle raw, String id) {
        return analyze(raw, id, TemplateLines.NONE);
    }

    /** Analyses an article of a corpus whose outlet template lines are known (see {@link RecurringLines}). */
    public Doc analyze(RawArticle raw, String id, TemplateLines template) {
        long t = times == null ? 0 : System.nanoTime();
        CleanedArticle clean = cleaner.clean(raw, template);
        if (times != null) {
            times.add(StageTimes.CLEAN, System.nanoTime() - t);
        }
        Doc doc = new Doc(id, raw.provenance(), clean.text(), clean.sourceMap(), clean.meta());
        for (Stage stage : stages) {
            stage.process(doc);
        }
        return doc;
    }

    /**
     * Analyses an article again from the stage that adds {@code from}, with new metadata (a date
     * learnt from the corpus): the layers of that stage and the stages after it are recomputed,
     * the earlier ones kept.
     */
    public Doc reanalyze(Doc doc, ArticleMeta meta, Layer<?> from) {
        int first = 0;
        while (first < stages.size() && !stages.get(first).adds().contains(from)) {
            first++;
        }
        if (first == stages.size()) {
            throw new IllegalArgumentException("no stage adds layer " + from);
        }
        Set<Layer<?>> dropped = new HashSet<>();
        for (Stage stage : stages.subList(first, stages.size())) {
            dropped.addAll(stage.adds());
        }
        Doc copy = doc.copy(meta, dropped);
        for (Stage stage : stages.subList(first, stages.size())) {
            stage.process(copy);
        }
        return copy;
    }

    /** The same analysis, adding the time each stage takes to the returned pipeline's {@link StageTimes}. */
    public Pipeline timed() {
        StageTimes t = new StageTimes();
        t.register(StageTimes.CLEAN);
        return new Pipeline(cleaner, stages.stream().map(t::timed).toList(), t);
    }

    /** The times of a pipeline made by {@link #timed()}, or null. */
    public StageTimes times() {
        return times;
    }

    public Doc analyze(RawArticle raw) {
        return analyze(raw, ArticleId.of(raw.text()));
    }

}
