package org.marsad.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.marsad.clean.RecurringLines;
import org.marsad.clean.RecurringLines.TemplateLines;
import org.marsad.doc.Doc;
import org.marsad.doc.Provenance;
import org.marsad.ingest.ArticleSink;
import org.marsad.ingest.Ingestor;
import org.marsad.ingest.RawArticle;
import org.marsad.ingest.Rejection;
import org.marsad.pipeline.ArticleId;
import org.marsad.pipeline.Pipeline;

/**
 * Streams a corpus through the pipeline: one thread reads and de-duplicates, worker threads
 * analyse, and the calling thread hands the results to the ordered consumers in input order.
 * At most {@link #WINDOW} articles are in flight, so memory stays bounded whatever the corpus
 * size. A failure to analyse one article is counted and reported, and the run goes on; a
 * consumer that cannot take articles (an unwritable export, an incompatible index) stops the run
 * with a {@link ConsumerFailure}.
 */
public final class BatchRunner {
    /** Articles read ahead of the one being written; bounds memory. */
    static final int WINDOW = 512;
    /** Checkpoint the consumers (commit the index) this often. */
    static final long CHECKPOINT_NANOS = 30_000_000_000L;
    static final long PROGRESS_NANOS = 250_000_000L;

    private final Ingestor ingestor;
    private final Pipeline pipeline;
    private final List<ArticleConsumer> consumers;
    private final RunSettings settings;
    private final ProgressListener listener;
    private final CorpusStage corpus;

    public BatchRunner(Ingestor ingestor, Pipeline pipeline, List<ArticleConsumer> consumers, RunSettings settings,
                       ProgressListener listener) {
        this(ingestor, pipeline, CorpusStage.NONE, consumers, settings, listener);
    }

    public BatchRunner(Ingestor ingestor, Pipeline pipeline, CorpusStage corpus, List<ArticleConsumer> consumers,
                       RunSettings settings, ProgressListener listener) {
        this.ingestor = ingestor;
        this.pipeline = pipeline;
        this.corpus = corpus;
        this.consumers = List.copyOf(consumers);
        this.settings = settings;
        this.listener = listener;
    }

    private record Item(RawArticle raw, String id, TemplateLines template, CompletableFuture<Doc> result) {
    }

    private static final Item END = new Item(null, null, null, null);

    public RunSummary run(List<String> inputs) throws InterruptedException {
        RunSummary summary = new RunSummary();
        BlockingQueue<Item> inOrder = new ArrayBlockingQueue<>(WINDOW);
        BlockingQueue<Item> work = new LinkedBlockingQueue<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < settings.threads(); i++) {
            Thread t = new Thread(() -> analyseLoop(work), "marsad-analyse-" + i);
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        Thread reader = new Thread(() -> readLoop(inputs, summary, inOrder, work), "marsad-read");
        reader.setDaemon(true);
        reader.start();
        try {
            writeLoop(summary, inOrder);
        } finally {
            for (int i = 0; i < settings.threads(); i++) {
                work.put(END);
            }
            reader.interrupt();
            for (Thread t : workers) {
                t.join();
            }
        }
        listener.finished(summary);
        return summary;
    }

    private void readLoop(List<String> inputs, RunSummary summary, BlockingQueue<Item> inOrder,
                          BlockingQueue<Item> work) {
        Set<String> seen = new HashSet<>();
        RecurringLines recurring = new RecurringLines();
        try {
            for (int pass = 1; pass <= settings.passes(); pass++) {
                String salt = pass == 1 ? null : "pass " + pass;
                ingestor.read(inputs, new ArticleSink() {
                    @Override
                    public void accept(RawArticle article) {
                        summary.countRead(article.text());
                        String id = ArticleId.of(article.text(), salt);
                        if (!seen.add(id)) {
                            summary.countDuplicate();
                            return;
                        }
                        TemplateLines template = recurring.observe(outletKey(article), article.text());
                        Item item = new Item(article, id, template, new CompletableFuture<>());
                        try {
                            inOrder.put(item);
                            work.put(item);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("interrupted", e);
                        }
                    }

                    @Override
                    public void reject(Rejection rejection) {
                        summary.countRejected(rejection.kind());
                        listener.rejected(rejection);
                    }

                    @Override
                    public void warn(Provenance record, String message) {
                        summary.countWarning();
                        listener.warned(record, message);
                    }

                    @Override
                    public void skip(Provenance record, String why) {
                        summary.countSkipped(why);
                        listener.skipped(record, why);
                    }
                });
            }
        } catch (RuntimeException e) {
            if (!Thread.currentThread().isInterrupted()) {
                listener.rejected(new Rejection(new Provenance("(reader)", null), Rejection.Kind.UNREADABLE,
                        "reading stopped: " + e));
            }
        } finally {
            try {
                inOrder.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Whose template an article follows: the outlet its record names, else the folder it was read
     * from (a crawl usually keeps one site to a folder).
     */
    private static String outletKey(RawArticle article) {
        if (article.outlet() != null) {
            return article.outlet();
        }
        String input = article.provenance().input();
        int slash = input.lastIndexOf('/');
        return slash > 0 ? input.substring(0, slash) : "";
    }

    private void analyseLoop(BlockingQueue<Item> work) {
        try {
            for (Item item = work.take(); item != END; item = work.take()) {
                Doc doc;
                try {
                    doc = pipeline.analyze(item.raw(), item.id(), item.template());
                } catch (RuntimeException | StackOverflowError e) {
                    item.result().completeExceptionally(e);
                    continue;
                }
                try {
                    consume(doc, true);
                    item.result().complete(doc);
                } catch (RuntimeException e) {
                    item.result().completeExceptionally(new ConsumerFailure(e.getMessage(), e));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void consume(Doc doc, boolean concurrent) {
        for (ArticleConsumer c : consumers) {
            if (c.concurrent() == concurrent) {
                c.consume(doc);
            }
        }
    }

    private void writeLoop(RunSummary summary, BlockingQueue<Item> inOrder) throws InterruptedException {
        long lastCheckpoint = System.nanoTime();
        long lastProgress = 0;
        long sinceCheckpoint = 0;
        for (Item item = inOrder.take(); item != END; item = inOrder.take()) {
            try {
                Doc doc = item.result().get();
                if (corpus.pass(doc)) {
                    consumeInOrder(doc);
                }
                summary.countAnalysed();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof ConsumerFailure failure) {
                    throw failure;
                }
                summary.countFailed();
                listener.rejected(new Rejection(item.raw().provenance(), Rejection.Kind.ANALYSIS,
                        "analysis failed: " + e.getCause()));
            }
            long now = System.nanoTime();
            sinceCheckpoint++;
            boolean enough = settings.checkpointEvery() > 0 && sinceCheckpoint >= settings.checkpointEvery();
            if (enough || now - lastCheckpoint > CHECKPOINT_NANOS) {
                consumers.forEach(ArticleConsumer::checkpoint);
                lastCheckpoint = now;
                sinceCheckpoint = 0;
            }
            if (now - lastProgress > PROGRESS_NANOS) {
                listener.progress(summary);
                lastProgress = now;
            }
        }
        for (Doc doc : corpus.finish()) {
            consumeInOrder(doc);
            try {
                consume(doc, true);
            } catch (RuntimeException e) {
                throw new ConsumerFailure(e.getMessage(), e);
            }
        }
        consumers.forEach(ArticleConsumer::checkpoint);
    }

    private void consumeInOrder(Doc doc) {
        try {
            consume(doc, false);
        } catch (RuntimeException e) {
            throw new ConsumerFailure(e.getMessage(), e);
        }
    }
}
