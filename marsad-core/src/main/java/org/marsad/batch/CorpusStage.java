package org.marsad.batch;

import java.util.List;
import org.marsad.doc.Doc;

/**
 * Analysis that needs the whole corpus: it sees every analysed article, in input order, before
 * the ordered consumers do, and may hold some back until the end of the run to analyse them again
 * with what the other articles said (an undated article dated by the events it shares with dated
 * ones). The concurrent consumers have already seen a held article; they see it again, changed,
 * when it is released.
 */
public interface CorpusStage {
    /** Takes an article; returns false to hold it back until {@link #finish()}. */
    boolean pass(Doc doc);

    /** The held articles, in input order, analysed again; called once, after the last article. */
    List<Doc> finish();

    /**
     * This stage, then {@code next} on every article this one lets through or releases: the
     * articles {@code next} sees are final, whatever this one held back.
     */
    default CorpusStage then(CorpusStage next) {
        CorpusStage first = this;
        return new CorpusStage() {
            @Override
            public boolean pass(Doc doc) {
                return first.pass(doc) && next.pass(doc);
            }

            @Override
            public List<Doc> finish() {
                List<Doc> released = new java.util.ArrayList<>();
                for (Doc doc : first.finish()) {
                    if (next.pass(doc)) {
                        released.add(doc);
                    }
                }
                released.addAll(next.finish());
                return released;
            }
        };
    }

    /** A corpus stage that holds nothing. */
    CorpusStage NONE = new CorpusStage() {
        @Override
        public boolean pass(Doc doc) {
            return true;
        }

        @Override
        public List<Doc> finish() {
            return List.of();
        }
    };
}
