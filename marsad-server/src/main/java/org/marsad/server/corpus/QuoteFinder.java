package org.marsad.server.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.entity.corpus.CorpusEntity;
import org.marsad.export.QuoteRecord;
import org.marsad.quote.SpeakerQuery;

/**
 * A speaker's quotes across the corpus ({@link SpeakerQuery}: any Arabic spelling, a surname, a
 * Latin name), oldest first. Quotes are grouped by how their speaker is written and linked, so a
 * name is compared once per distinct speaker rather than once per quote.
 */
public final class QuoteFinder {
    /** Oldest first; undated last; then by article and place in it, so the order is stable. */
    public static final Comparator<QuoteRecord> OLDEST_FIRST = Comparator
            .comparing((QuoteRecord q) -> q.article().published(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(q -> q.article().id())
            .thenComparingInt(QuoteRecord::start);

    private record Speaker(String name, String entity) {
    }

    private final Corpus corpus;

    public QuoteFinder(Corpus corpus) {
        this.corpus = corpus;
    }

    /** @throws IllegalArgumentException when the name holds no letters to look for */
    public List<QuoteRecord> bySpeaker(String name) {
        SpeakerQuery query = SpeakerQuery.of(name);
        corpus.entities().forEach(query::learn);
        Map<Speaker, List<QuoteRecord>> bySpeaker = new LinkedHashMap<>();
        for (QuoteRecord q : corpus.quotes()) {
            bySpeaker.computeIfAbsent(new Speaker(q.speaker(), q.speakerEntity()), s -> new ArrayList<>()).add(q);
        }
        List<QuoteRecord> out = new ArrayList<>();
        bySpeaker.forEach((speaker, quotes) -> {
            if (query.matches(speaker.name(), speaker.entity())) {
                out.addAll(quotes);
            }
        });
        out.sort(OLDEST_FIRST);
        return out;
    }

    /** The quotes whose speaker was linked to this entity, oldest first. */
    public List<QuoteRecord> byEntity(CorpusEntity entity) {
        List<QuoteRecord> out = new ArrayList<>();
        for (QuoteRecord q : corpus.quotes()) {
            if (entity.id().equals(q.speakerEntity())) {
                out.add(q);
            }
        }
        out.sort(OLDEST_FIRST);
        return out;
    }
}
