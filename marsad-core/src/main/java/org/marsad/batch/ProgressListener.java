package org.marsad.batch;

import org.marsad.doc.Provenance;
import org.marsad.ingest.Rejection;

/** Hears how a run goes: progress now and then, every rejection and warning as it happens. */
public interface ProgressListener {
    ProgressListener SILENT = new ProgressListener() {
    };

    /** Called at most a few times a second with the counts so far. */
    default void progress(RunSummary summary) {
    }

    default void rejected(Rejection rejection) {
    }

    default void warned(Provenance record, String message) {
    }

    /** A record that is not an article was passed over (a crawl's revisit, a PDF). */
    default void skipped(Provenance record, String why) {
    }

    default void finished(RunSummary summary) {
    }
}
