package org.marsad.event;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.doc.Span;
import org.marsad.entity.EntityType;
import org.marsad.entity.article.Mention;
import org.marsad.quote.Quote;
import org.marsad.text.Token;
import org.marsad.time.Timex;

/**
 * What the event stage reads of each token of an article, looked up once in one pass: its
 * vocabulary entry, the mention and time expression over it, and whether it ends a clause.
 * Everything is indexed by the token's position in the article's token layer.
 */
final class TokenMarks {
    final List<Token> tokens;
    final List<Mention> mentions;
    final List<Timex> timexes;
    final EventWords.Entry[] entry;
    final boolean[] future;
    /** The mention over the token (index into {@link #mentions}), or -1. */
    final int[] mention;
    /** The time expression over the token (index into {@link #timexes}), or -1. */
    final int[] timex;
    /** Whether the token is part of a name or of the role written next to one. */
    final boolean[] name;
    /** Whether the token is a verb of saying that the quotes stage found introducing a quote. */
    final boolean[] saying;
    /**
     * Whether the token lies between such a verb and the quote it introduces, where the speaker is
     * named ("أعلن مصدر مقرب من محادثات فيينا، أن"): an event word there describes the speaker.
     */
    final boolean[] attribution;
    /** Whether a mention lies inside the role of another ("سفير الولايات المتحدة في موسكو"). */
    final boolean[] inRole;
    /** The type of each article entity, by its index. */
    private final EntityType[] entityType;
    /** See {@link #countriesByAdjective()}; null until asked. */
    private Map<String, Integer> countriesByAdjective;

    TokenMarks(EventWords words, List<Token> tokens, List<Mention> mentions, List<Timex> timexes,
            List<Quote> quotes, int[] sentenceOf) {
        this.tokens = tokens;
        this.mentions = mentions;
        this.timexes = timexes;
        int n = tokens.size();
        entry = new EventWords.Entry[n];
        future = new boolean[n];
        for (int k = 0; k < n; k++) {
            Token t = tokens.get(k);
            if (t.isWord()) {
                int first = k > 0 && sentenceOf[k - 1] == sentenceOf[k] ? k - 1 : k;
                entry[k] = words.at(tokens, k, first);
                future[k] = EventWords.isFuture(t, entry[k]);
            }
        }
        mention = over(tokens, mentions);
        timex = over(tokens, timexes);
        saying = new boolean[n];
        attribution = new boolean[n];
        for (Quote q : quotes) {
            if (q.cueStart() < 0 || q.cueEnd() <= q.cueStart()) {
                continue;
            }
            int k = Span.firstEndingAfter(tokens, q.cueStart());
            for (; k < n && tokens.get(k).start() < q.cueEnd(); k++) {
                saying[k] = true;
            }
            for (; k < n && tokens.get(k).end() <= q.start(); k++) {
                attribution[k] = true;
            }
        }
        name = new boolean[n];
        for (int k = 0; k < n; k++) {
            name[k] = mention[k] >= 0;
        }
        for (Mention m : mentions) {
            if (m.hasRole()) {
                markRole(m.roleStart(), m.roleEnd());
            }
        }
        int entities = 0;
        for (Mention m : mentions) {
            entities = Math.max(entities, m.entity() + 1);
        }
        entityType = new EntityType[entities];
        for (Mention m : mentions) {
            if (entityType[m.entity()] == null && !m.byRole()) {
                entityType[m.entity()] = m.type();
            }
        }
        for (Mention m : mentions) {
            if (entityType[m.entity()] == null) {
                entityType[m.entity()] = m.type();
            }
        }
        inRole = new boolean[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            for (Mention other : mentions) {
                if (other != m && other.hasRole() && other.roleStart() <= m.start() && m.end() <= other.roleEnd()) {
                    inRole[i] = true;
                    break;
                }
            }
        }
    }

    /**
     * The article's countries (places named outside a role), by the base of their adjective
     * ({@link Nationality}); worked out on first use, once an article.
     */
    Map<String, Integer> countriesByAdjective() {
        if (countriesByAdjective != null) {
            return countriesByAdjective;
        }
        Map<Integer, StringBuilder> names = new LinkedHashMap<>();
        for (int k = 0; k < tokens.size(); k++) {
            int i = mention[k];
            if (i >= 0 && !inRole[i] && mentions.get(i).type() == EntityType.LOC && tokens.get(k).isWord()) {
                StringBuilder b = names.computeIfAbsent(i, x -> new StringBuilder());
                b.append(b.length() > 0 ? " " : "").append(tokens.get(k).stem());
            }
        }
        countriesByAdjective = new HashMap<>();
        names.forEach((i, name) -> {
            String base = Nationality.nameBase(name.toString());
            if (base != null) {
                countriesByAdjective.putIfAbsent(base, mentions.get(i).entity());
            }
        });
        return countriesByAdjective;
    }

    EntityType typeOf(int entity) {
        return entityType[entity];
    }

    boolean is(int k, EventWords.Cue cue) {
        return entry[k] != null && entry[k].is(cue);
    }

    boolean isTrigger(int k) {
        return entry[k] != null && entry[k].isTrigger();
    }

    /** Whether the token ends a clause inside its sentence: ؛ ; : ! ? ؟ */
    boolean isBoundary(int k) {
        Token t = tokens.get(k);
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        char c = t.norm().charAt(0);
        return c == '؛' || c == ';' || c == ':' || c == '!' || c == '?' || c == '؟';
    }

    /** Whether the word carries a preposition (ب، ل، ك), so a name on it is a complement, not a party. */
    boolean hasPreposition(int k) {
        return hasProclitic(k, 'ب') || hasProclitic(k, 'ل') || hasProclitic(k, 'ك');
    }

    /** Whether the word carries the proclitic {@code c}; the ل of the article does not count. */
    boolean hasProclitic(int k, char c) {
        Token t = tokens.get(k);
        String norm = t.norm();
        int end = norm.length() - t.stem().length(); // the proclitics are norm[0, end)
        if (end >= 2 && norm.charAt(end - 2) == 'ا' && norm.charAt(end - 1) == 'ل') {
            end -= 2;
        }
        return norm.lastIndexOf(c, end - 1) >= 0;
    }

    private void markRole(int start, int end) {
        int k = firstEndingAfter(start);
        for (; k < tokens.size() && tokens.get(k).start() < end; k++) {
            name[k] = true;
        }
    }

    /** The first token that ends after {@code offset}. */
    private int firstEndingAfter(int offset) {
        return Span.firstEndingAfter(tokens, offset);
    }

    /** For each token, the index of the first span (in text order) that overlaps it, or -1. */
    private static int[] over(List<Token> tokens, List<? extends Span> spans) {
        int[] out = new int[tokens.size()];
        Arrays.fill(out, -1);
        int t = 0;
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            while (t > 0 && tokens.get(t - 1).end() > s.start()) {
                t--; // spans may overlap or come out of order by a little
            }
            while (t < tokens.size() && tokens.get(t).end() <= s.start()) {
                t++;
            }
            for (int u = t; u < tokens.size() && tokens.get(u).start() < s.end(); u++) {
                if (out[u] < 0) {
                    out[u] = i;
                }
            }
        }
        return out;
    }
}
