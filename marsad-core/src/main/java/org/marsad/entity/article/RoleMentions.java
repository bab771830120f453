package org.marsad.entity.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.entity.EntityType;
import org.marsad.entity.NerStage;
import org.marsad.text.Token;

/**
 * Mentions made by a role alone: once an article has written {@code نائب وزير الخارجية الروسي
 * سيرغي ريابكوف}, a later {@code وأعرب نائب وزير الخارجية الروسي عن أمله} is Ryabkov. Only roles
 * of two words or more count ({@code الرئيس} alone could be anyone's title), and only a role the
 * article gave to one person.
 */
final class RoleMentions {
    private RoleMentions() {
    }

    /**
     * The role-alone mentions in {@code tokens}, given the mentions so far (each with its role);
     * {@code covered} marks the tokens already inside a name or a role.
     */
    static List<Mention> find(String text, List<Token> tokens, List<Mention> mentions, boolean[] covered) {
        Map<List<String>, Integer> owners = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PER || !m.hasRole()) {
                continue;
            }
            List<String> words = stems(tokens, m.roleStart(), m.roleEnd());
            if (words.size() < 2) {
                continue;
            }
            Integer owner = owners.putIfAbsent(words, m.entity());
            if (owner != null && owner != m.entity()) {
                owners.put(words, -1); // two people share it: it names neither
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
        return found;
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

    private static List<String> stems(List<Token> tokens, int start, int end) {
        List<String> stems = new ArrayList<>();
        for (Token t : tokens) {
            if (t.start() >= start && t.end() <= end && t.isWord()) {
                stems.add(t.stem());
            }
        }
        return stems;
    }
}
