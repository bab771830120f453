package org.marsad.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.entity.Names;
import org.marsad.entity.corpus.CorpusEntity;

/**
 * Who said most: quotes counted by speaker. A speaker linked to a corpus entity counts as that
 * entity however the text wrote the name; one not linked counts by the name's {@link Names#key},
 * so every spelling of alef, ya or ta marbuta is one speaker. Each speaker is shown as it was
 * written most often.
 */
public final class SpeakerTally {
    /** One speaker's count; {@code entity} and {@code latin} are null when unknown. */
    public record Row(String speaker, String entity, String latin, int quotes, int direct, int indirect) {
    }

    private static final class Count {
        final String entity;
        final Map<String, Integer> spellings = new LinkedHashMap<>();
        String latin;
        int direct;
        int indirect;

        Count(String entity) {
            this.entity = entity;
        }

        String mostWritten() {
            return spellings.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }

    private final Map<String, Count> counts = new HashMap<>();

    public void add(String speaker, String speakerEntity, boolean direct) {
        String key = speakerEntity != null ? "entity " + speakerEntity : "name " + Names.key(speaker);
        Count c = counts.computeIfAbsent(key, k -> new Count(speakerEntity));
        c.spellings.merge(speaker, 1, Integer::sum);
        if (direct) {
            c.direct++;
        } else {
            c.indirect++;
        }
    }

    /** Gives a counted entity its Latin name. */
    public void learn(CorpusEntity e) {
        Count c = counts.get("entity " + e.id());
        if (c != null) {
            c.latin = e.latin();
        }
    }

    /** The speakers, most quoted first; equal counts in the order of their names. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>(counts.size());
        for (Count c : counts.values()) {
            rows.add(new Row(c.mostWritten(), c.entity, c.latin, c.direct + c.indirect, c.direct, c.indirect));
        }
        rows.sort(Comparator.comparingInt(Row::quotes).reversed().thenComparing(Row::speaker)
                .thenComparing(r -> r.entity() == null ? "" : r.entity()));
        return rows;
    }
}
