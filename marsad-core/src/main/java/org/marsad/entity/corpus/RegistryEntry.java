package org.marsad.entity.corpus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.entity.EntityType;
import org.marsad.entity.Names;
import org.marsad.entity.article.ArticleEntity;

/** What the corpus has said of one entity so far: names, forms, roles, articles. */
final class RegistryEntry {
    final int number;
    private final Map<EntityType, Integer> types = new EnumMap<>(EntityType.class);
    private final Map<String, Integer> names = new LinkedHashMap<>();
    /** The words of each name ({@link Names#words}), worked out once: linking rereads them for every candidate. */
    private final Map<String, List<String>> wordsOfName = new HashMap<>();
    private final Set<String> forms = new LinkedHashSet<>();
    final Set<String> firstNames = new HashSet<>();
    final Set<String> surnames = new HashSet<>();
    /** Fathers' names, from names written with their lineage ({@link Names#father}). */
    final Set<String> fathers = new HashSet<>();
    private final Map<String, String> roles = new LinkedHashMap<>();
    private final Map<String, Integer> roleCounts = new HashMap<>();
    private final Set<String> articleSet = new HashSet<>();
    private final List<String> articles = new ArrayList<>();

    RegistryEntry(int number) {
        this.number = number;
    }

    void add(String article, ArticleEntity e) {
        types.merge(e.type(), 1, Integer::sum);
        names.merge(e.name(), 1, Integer::sum);
        forms.addAll(e.forms());
        if (e.type() == EntityType.PER) {
            List<String> words = wordsOf(e.name());
            surnames.add(words.get(words.size() - 1));
            if (words.size() > 1) {
                firstNames.add(words.get(0));
            }
            String father = Names.father(words);
            if (father != null) {
                fathers.add(father);
            }
        }
        for (String role : e.roles()) {
            String key = Names.key(role);
            roles.putIfAbsent(key, role);
            roleCounts.merge(key, 1, Integer::sum);
        }
        if (articleSet.add(article)) {
            articles.add(article);
        }
    }

    void absorb(RegistryEntry other) {
        other.types.forEach((t, n) -> types.merge(t, n, Integer::sum));
        other.names.forEach((n, c) -> names.merge(n, c, Integer::sum));
        forms.addAll(other.forms);
        firstNames.addAll(other.firstNames);
        surnames.addAll(other.surnames);
        fathers.addAll(other.fathers);
        other.roles.forEach(roles::putIfAbsent);
        other.roleCounts.forEach((r, n) -> roleCounts.merge(r, n, Integer::sum));
        for (String a : other.articles) {
            if (articleSet.add(a)) {
                articles.add(a);
            }
        }
    }

    /**
     * Whether a name this entity was given is {@code words} with more of the lineage after it, or
     * the other way round: {@code محمد بن سلمان} and {@code محمد بن سلمان بن عبدالعزيز} or {@code
     * ... آل سعود}, but not {@code عبدالله بن عبدالعزيز} and {@code عبدالله بن عبدالعزيز الربيعة},
     * whose family name makes another man. Words compare as close spellings.
     */
    boolean extendsOrIsExtendedBy(List<String> words) {
        for (String name : names.keySet()) {
            List<String> other = wordsOf(name);
            List<String> shorter = other.size() <= words.size() ? other : words;
            List<String> longer = shorter == other ? words : other;
            boolean prefix = shorter.size() >= 2 && shorter.size() < longer.size()
                    && Names.continuesLineage(longer.get(shorter.size()));
            for (int i = 0; i < shorter.size() && prefix; i++) {
                prefix = Names.closeSpellings(shorter.get(i), longer.get(i));
            }
            if (prefix) {
                return true;
            }
        }
        return false;
    }

    private List<String> wordsOf(String name) {
        return wordsOfName.computeIfAbsent(name, Names::words);
    }

    int articleCount() {
        return articles.size();
    }

    boolean hasRole(String key) {
        return roles.containsKey(key);
    }

    EntityType type() {
        return types.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
    }

    /** The name most articles wrote; for a person, the most written name of two words or more when there is one. */
    String name() {
        boolean person = type() == EntityType.PER;
        String best = null;
        int bestScore = -1;
        for (Map.Entry<String, Integer> n : names.entrySet()) {
            int full = person && wordsOf(n.getKey()).size() > 1 ? 1_000_000 : 0;
            int score = full + n.getValue();
            if (score > bestScore) {
                best = n.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    CorpusEntity toEntity(String id) {
        List<String> roleList = new ArrayList<>(roles.keySet());
        roleList.sort((a, b) -> roleCounts.get(b) - roleCounts.get(a));
        return new CorpusEntity(id, type(), name(), new ArrayList<>(forms), null,
                roleList.stream().map(roles::get).toList(), articles);
    }
}
