package org.marsad.entity.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.marsad.entity.EntityMention;
import org.marsad.entity.EntityType;
import org.marsad.entity.Names;

/**
 * Groups an article's mentions into entities. A person's full name gathers the spellings of it
 * (first and last names each a close spelling of the other's, and the fathers too where both
 * names give them: {@code محمد بن نايف بن عبدالعزيز} is not {@code محمد بن سلمان بن عبدالعزيز});
 * a surname alone joins the full name it ends, the nearest one before it when several do. Other names join when they are written the
 * same, when one is the other less generic nouns and adjectives ({@code حلف الناتو} and
 * {@code الناتو}, {@code روسيا الاتحادية} and {@code روسيا}), or when the short form follows the
 * long one in brackets or quotes ({@code حلف شمال الأطلسي "الناتو"}).
 */
final class MentionClusters {
    private static final Pattern APPOSITION = Pattern.compile("\\s*[(«\"“']\\s*");
    private static final Pattern CLOSED = Pattern.compile("\\s*[)»\"”']");

    private final String text;
    private final List<EntityMention> mentions;
    private final List<List<String>> words = new ArrayList<>();
    private final int[] parent;

    private MentionClusters(String text, List<EntityMention> mentions) {
        this.text = text;
        this.mentions = mentions;
        this.parent = new int[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            parent[i] = i;
            words.add(Names.words(mentions.get(i).textIn(text)));
        }
    }

    /** The entity of each mention, numbered 0, 1, ... in order of first mention. */
    static int[] cluster(String text, List<EntityMention> mentions) {
        MentionClusters c = new MentionClusters(text, mentions);
        c.people();
        c.others();
        return c.numbered();
    }

    private void people() {
        List<Integer> full = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (isPerson(i) && words.get(i).size() > 1) {
                for (int j : full) {
                    if (sameFullName(words.get(i), words.get(j))) {
                        union(j, i);
                        break;
                    }
                }
                full.add(i);
            }
        }
        Map<String, Integer> single = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (!isPerson(i) || words.get(i).size() != 1 || words.get(i).get(0).isEmpty()) {
                continue;
            }
            String word = words.get(i).get(0);
            int owner = nearestFullName(i, word, full);
            if (owner >= 0) {
                union(owner, i);
            } else {
                Integer same = single.get(word);
                if (same != null) {
                    union(same, i);
                } else {
                    single.put(word, i);
                }
            }
        }
    }

    private static boolean sameFullName(List<String> a, List<String> b) {
        String fatherA = Names.father(a);
        String fatherB = Names.father(b);
        return Names.closeSpellings(a.get(0), b.get(0))
                && Names.closeSpellings(a.get(a.size() - 1), b.get(b.size() - 1))
                && (fatherA == null || fatherB == null || Names.closeSpellings(fatherA, fatherB));
    }

    /** The full name ending in {@code surname} nearest before mention {@code i}, else nearest after; -1 if none. */
    private int nearestFullName(int i, String surname, List<Integer> full) {
        int before = -1;
        int after = -1;
        for (int j : full) {
            List<String> w = words.get(j);
            if (!Names.closeSpellings(surname, w.get(w.size() - 1))) {
                continue;
            }
            if (j < i) {
                before = j;
            } else if (after < 0) {
                after = j;
            }
        }
        return before >= 0 ? before : after;
    }

    private void others() {
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (isPerson(i)) {
                continue;
            }
            Integer same = byKey.putIfAbsent(String.join(" ", words.get(i)), i);
            if (same != null) {
                union(same, i);
            }
            if (i > 0 && !isPerson(i - 1) && isApposition(i - 1, i)) {
                union(i - 1, i);
            }
        }
        List<Integer> keys = new ArrayList<>(byKey.values());
        for (int shorter : keys) {
            int owner = -1;
            for (int longer : keys) {
                if (words.get(longer).size() > words.get(shorter).size()
                        && mentions.get(longer).type() == mentions.get(shorter).type()
                        && differsByGenericWords(words.get(shorter), words.get(longer))) {
                    if (owner >= 0 && find(owner) != find(longer)) {
                        owner = -2; // two entities contain it: leave it to itself
                        break;
                    }
                    owner = longer;
                }
            }
            if (owner >= 0) {
                union(owner, shorter);
            }
        }
    }

    /**
     * {@code حلف شمال الأطلسي "الناتو"}: an organisation's short form alone inside the brackets or
     * quotes right after its long form. Not a place, which brackets clarify rather than abbreviate
     * ({@code عروس البحر الأحمر (جدة)}), nor the first name of a list ({@code الاتحاد الأوروبي
     * (إيطاليا، واليونان)}).
     */
    private boolean isApposition(int longForm, int shortForm) {
        EntityMention a = mentions.get(longForm);
        EntityMention b = mentions.get(shortForm);
        return a.type() != EntityType.LOC && b.type() != EntityType.LOC
                && words.get(longForm).size() > 1 && words.get(shortForm).size() == 1
                && APPOSITION.matcher(text.substring(a.end(), b.start())).matches()
                && CLOSED.matcher(text.substring(b.end(), Math.min(text.length(), b.end() + 3))).lookingAt();
    }

    /** Whether {@code longer} is {@code shorter} with generic nouns or nisba adjectives before or after it. */
    private static boolean differsByGenericWords(List<String> shorter, List<String> longer) {
        for (int at = 0; at + shorter.size() <= longer.size(); at++) {
            if (longer.subList(at, at + shorter.size()).equals(shorter)) {
                for (int k = 0; k < longer.size(); k++) {
                    if ((k < at || k >= at + shorter.size()) && !Names.isGeneric(longer.get(k))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private boolean isPerson(int i) {
        return mentions.get(i).type() == EntityType.PER;
    }

    private int[] numbered() {
        int[] index = new int[mentions.size()];
        Map<Integer, Integer> number = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            index[i] = number.computeIfAbsent(find(i), r -> number.size());
        }
        return index;
    }

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
