package org.marsad.entity.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.entity.EntityType;
import org.marsad.entity.NerStage;
import org.marsad.entity.role.RoleFinder;
import org.marsad.text.Lexicon;
import org.marsad.text.Token;

/**
 * Mentions made by a role alone: once an article has written {@code نائب وزير الخارجية الروسي
 * سيرغي ريابكوف}, a later {@code وأعرب نائب وزير الخارجية الروسي عن أمله} is Ryabkov. Only a role
 * the article gave to one person counts. A title of one word ({@code الملك سلمان} ... {@code وأعرب
 * الملك}) counts only as written, article and all, when no other person's role holds that word
 * either, and not where a definite word follows it ({@code الملك الأردني} is another title).
 */
final class RoleMentions {
    private static final Lexicon FIRST_NAMES = Lexicon.load("text/first-names.txt");

    /** A one-word title: as written, article and all, which a reference must repeat; and its stem. */
    private record Title(String norm, String stem) {
        static Title of(Token t) {
            return new Title(t.norm(), t.stem());
        }
    }

    private RoleMentions() {
    }

    /**
     * The role-alone mentions in {@code tokens}, given the mentions so far (each with its role);
     * {@code covered} marks the tokens already inside a name or a role.
     */
    static List<Mention> find(String text, List<Token> tokens, List<Mention> mentions, boolean[] covered) {
        Map<List<String>, Integer> owners = new LinkedHashMap<>();
        Map<Title, Integer> titles = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PER || !m.hasRole()) {
                continue;
            }
            List<Token> words = words(tokens, m.roleStart(), m.roleEnd());
            if (words.size() >= 2) {
                claim(owners, words.stream().map(Token::stem).toList(), m.entity());
            } else if (words.size() == 1 && words.get(0).start() >= m.roleStart()) {
                claim(titles, Title.of(words.get(0)), m.entity()); // one word, written whole (not the رئيس of للرئيس)
            }
        }
        // a one-word title that is also a word of another person's role (ملك الأردن) names no one alone
        for (Mention m : mentions) {
            if (m.type() == EntityType.PER && m.hasRole()) {
                for (Token word : words(tokens, m.roleStart(), m.roleEnd())) {
                    titles.replaceAll((title, owner) -> title.stem().equals(word.stem()) && owner != m.entity() ? -1 : owner);
                }
            }
        }
        List<Map.Entry<List<String>, Integer>> roles = new ArrayList<>(owners.entrySet());
        roles.sort((a, b) -> b.getKey().size() - a.getKey().size()); // the longest role claims its words first
        List<Mention> found = new ArrayList<>();
        for (Map.Entry<List<String>, Integer> role : roles) {
            if (role.getValue() < 0) {
                continue;
            }
            List<String> words = role.getKey();
            for (int i = 0; i + words.size() <= tokens.size(); i++) {
                if (matches(tokens, covered, i, words)) {
                    int last = i + words.size() - 1;
                    int start = NerStage.nameStart(text, tokens.get(i));
                    int end = tokens.get(last).end();
                    found.add(new Mention(start, end, EntityType.PER, role.getValue(), start, end, true));
                    for (int k = i; k <= last; k++) {
                        covered[k] = true;
                    }
                    i = last;
                }
            }
        }
        for (Map.Entry<Title, Integer> title : titles.entrySet()) {
            if (title.getValue() < 0) {
                continue;
            }
            String norm = title.getKey().norm();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!covered[i] && t.norm().equals(norm) && standsAlone(tokens, covered, i)) {
                    found.add(new Mention(t.start(), t.end(), EntityType.PER, title.getValue(), t.start(), t.end(), true));
                    covered[i] = true;
                }
            }
        }
        return found;
    }

    private static <K> void claim(Map<K, Integer> owners, K role, int entity) {
        Integer owner = owners.putIfAbsent(role, entity);
        if (owner != null && owner != entity) {
            owners.put(role, -1); // two people share it: it names neither
        }
    }

    /**
     * Not the complement of a title before it ({@code نائب الملك}), not followed by a name, tagged
     * or a listed first name ({@code طريق الملك فهد}), nor by a definite word that makes it another
     * title ({@code الملك الأردني}).
     */
    private static boolean standsAlone(List<Token> tokens, boolean[] covered, int i) {
        if (i > 0 && RoleFinder.isTitle(tokens.get(i - 1))) {
            return false;
        }
        int next = i + 1;
        if (next >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(next);
        return !covered[next] && !(t.isWord() && (t.hasArticle() || FIRST_NAMES.containsKey(t.norm())));
    }

    private static boolean matches(List<Token> tokens, boolean[] covered, int at, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (covered[at + k] || !tokens.get(at + k).stem().equals(words.get(k))) {
                return false;
            }
        }
        int after = at + words.size();
        // a role with a name of its own right after it is that name's role, not a reference back
        return after >= tokens.size() || !covered[after];
    }

    /** The words a role covers, its first word too where a clitic before the role is not ({@code لزعيم}). */
    private static List<Token> words(List<Token> tokens, int start, int end) {
        List<Token> words = new ArrayList<>();
        for (Token t : tokens) {
            if (t.end() > start && t.start() < end && t.isWord()) {
                words.add(t);
            }
        }
        return words;
    }
}
