package org.marsad.entity.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.entity.EntityType;
import org.marsad.entity.Names;
import org.marsad.entity.article.ArticleEntity;

/**
 * The corpus's entities, built one article at a time. An article's person joins the corpus
 * person whose surname is a close spelling of its own and whose first name agrees (or is not
 * known yet); a different first name keeps two people apart, and so does a different father
 * where both names give their lineage ({@code محمد بن نايف}, {@code محمد بن سلمان}). A name
 * written with its lineage also joins the longer or shorter writing of it that ends otherwise
 * ({@code محمد بن سلمان} and {@code محمد بن سلمان بن عبدالعزيز}). Another entity joins the one that
 * shares a name with it (less its article, in any spelling), or a name the alias table puts with
 * it. When an article writes two names the corpus had for two entities ({@code حلف شمال الأطلسي
 * "الناتو"}), the two become one; ids given out before stay valid through {@link #root}.
 */
final class EntityRegistry {
    /** Marks a father's skeleton in the surname index, where names written with their lineage are found by it too. */
    private static final String LINEAGE = "بن ";

    private final AliasTable aliases;
    private final List<RegistryEntry> entries = new ArrayList<>();
    private final List<Integer> parent = new ArrayList<>();
    private final Map<String, List<Integer>> bySurname = new HashMap<>();
    private final Map<String, List<Integer>> byName = new HashMap<>();
    private int merges;

    EntityRegistry(AliasTable aliases) {
        this.aliases = aliases;
    }

    /** Links an article's entity, returning the number of the corpus entity it is now part of. */
    int link(String article, ArticleEntity e) {
        int number = e.type() == EntityType.PER ? findPerson(e) : findOther(e);
        if (number < 0) {
            number = entries.size();
            entries.add(new RegistryEntry(number));
            parent.add(number);
        }
        RegistryEntry entry = entries.get(number);
        entry.add(article, e);
        index(number, e);
        return number;
    }

    int root(int number) {
        while (parent.get(number) != number) {
            parent.set(number, parent.get(parent.get(number)));
            number = parent.get(number);
        }
        return number;
    }

    int merges() {
        return merges;
    }

    /** The corpus entities, roots only, in order of first appearance. */
    List<RegistryEntry> roots() {
        List<RegistryEntry> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (root(i) == i) {
                out.add(entries.get(i));
            }
        }
        return out;
    }

    private int findPerson(ArticleEntity e) {
        List<String> words = Names.words(e.name());
        String surname = words.get(words.size() - 1);
        String first = words.size() > 1 ? words.get(0) : null;
        String father = Names.father(words);
        int agreeing = -1;
        int open = -1;
        Set<Integer> candidates = roots(bySurname.get(Names.skeleton(surname)));
        if (father != null) {
            candidates.addAll(roots(bySurname.get(LINEAGE + Names.skeleton(father))));
        }
        for (int number : candidates) {
            RegistryEntry c = entries.get(number);
            if (c.surnames.stream().noneMatch(s -> Names.closeSpellings(s, surname)) && !c.extendsOrIsExtendedBy(words)) {
                continue; // محمد بن سلمان is محمد بن سلمان بن عبدالعزيز, which ends otherwise
            }
            if (father != null && !c.fathers.isEmpty() && c.fathers.stream().noneMatch(f -> Names.closeSpellings(f, father))) {
                continue; // محمد بن نايف and محمد بن سلمان, both بن عبدالعزيز
            }
            boolean firstKnown = !c.firstNames.isEmpty();
            boolean firstAgrees = first != null && c.firstNames.stream().anyMatch(f -> Names.closeSpellings(f, first));
            if (first == null || firstAgrees) {
                agreeing = better(agreeing, number, e);
            } else if (!firstKnown) {
                open = better(open, number, e);
            }
        }
        return agreeing >= 0 ? agreeing : open;
    }

    /** Of two candidates, the one that shares a role with {@code e}, else the one more articles mention. */
    private int better(int current, int candidate, ArticleEntity e) {
        if (current < 0) {
            return candidate;
        }
        int shared = sharesRole(entries.get(candidate), e) - sharesRole(entries.get(current), e);
        if (shared != 0) {
            return shared > 0 ? candidate : current;
        }
        return entries.get(candidate).articleCount() > entries.get(current).articleCount() ? candidate : current;
    }

    private static int sharesRole(RegistryEntry entry, ArticleEntity e) {
        for (String role : e.roles()) {
            if (entry.hasRole(Names.key(role))) {
                return 1;
            }
        }
        return 0;
    }

    private int findOther(ArticleEntity e) {
        int best = -1;
        int bestWords = 0;
        Set<Integer> distinctive = new LinkedHashSet<>();
        for (String key : keys(e)) {
            int words = key.startsWith("=") ? Integer.MAX_VALUE : key.split(" ").length;
            for (int number : roots(byName.get(key))) {
                if (entries.get(number).type() == EntityType.PER) {
                    continue;
                }
                if (isDistinctive(key)) {
                    distinctive.add(number);
                }
                if (best < 0 || words > bestWords
                        || words == bestWords && entries.get(number).articleCount() > entries.get(best).articleCount()) {
                    best = number;
                    bestWords = words;
                }
            }
        }
        if (distinctive.size() > 1) {
            for (int number : distinctive) {
                best = union(best, number);
            }
        }
        return best;
    }

    private int union(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra == rb) {
            return ra;
        }
        int keep = Math.min(ra, rb);
        int gone = Math.max(ra, rb);
        parent.set(gone, keep);
        entries.get(keep).absorb(entries.get(gone));
        merges++;
        return keep;
    }

    private void index(int number, ArticleEntity e) {
        if (e.type() == EntityType.PER) {
            List<String> words = Names.words(e.name());
            add(bySurname, Names.skeleton(words.get(words.size() - 1)), number);
            String father = Names.father(words);
            if (father != null) {
                add(bySurname, LINEAGE + Names.skeleton(father), number);
            }
            return;
        }
        for (String key : keys(e)) {
            add(byName, key, number);
        }
    }

    /** The names an entity goes by: each form's key, and its alias group when the table knows it. */
    private Set<String> keys(ArticleEntity e) {
        Set<String> keys = new LinkedHashSet<>();
        for (String form : e.forms()) {
            String key = Names.key(form);
            if (!key.isEmpty()) {
                keys.add(key);
                String group = aliases.groupOf(key);
                if (group != null) {
                    keys.add(group);
                }
            }
        }
        return keys;
    }

    /**
     * Whether a name is specific enough to merge two entities that both carry it: a word of its
     * own beyond generic nouns and nisba adjectives, or three words ({@code الخارجية} and
     * {@code الخارجية الروسية} can be any ministry an article means; {@code مجلس الدوما} cannot).
     */
    private static boolean isDistinctive(String key) {
        if (key.startsWith("=")) {
            return true;
        }
        String[] words = key.split(" ");
        if (words.length >= 3) {
            return true;
        }
        for (String w : words) {
            if (!Names.isGeneric(w)) {
                return true;
            }
        }
        return false;
    }

    private Set<Integer> roots(List<Integer> numbers) {
        Set<Integer> out = new LinkedHashSet<>();
        if (numbers != null) {
            for (int n : numbers) {
                out.add(root(n));
            }
        }
        return out;
    }

    private static void add(Map<String, List<Integer>> index, String key, int number) {
        List<Integer> list = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (list.isEmpty() || list.get(list.size() - 1) != number) {
            list.add(number);
        }
    }
}
