package org.marsad.entity.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.entity.EntityMention;
import org.marsad.entity.EntityType;
import org.marsad.entity.NerStage;
import org.marsad.entity.Names;
import org.marsad.text.Lexicon;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * Organisation names the recogniser misses or types otherwise: an institution noun in the
 * construct state followed by definite words ({@code وزارة الخارجية الروسية}, {@code مجلس الدوما
 * الروسي}), and institutions named after their seat ({@code البيت الأبيض}), which the training
 * data calls MISC. The recogniser's own mentions win where they overlap, but take the
 * organisation type when they are one of the listed names.
 */
final class InstitutionNames {
    private static final Set<String> HEADS = new HashSet<>();
    /** The listed names, as their words, by their first word. */
    private static final Map<String, List<List<String>>> NAMES = new HashMap<>();
    private static final Set<String> LISTED = new HashSet<>();
    /** Longer runs are clauses, not names. */
    private static final int MAX_WORDS = 5;

    static {
        for (String line : Lexicon.load("entity/article/institutions.txt").entries()) {
            String value = line.substring(line.indexOf(' ') + 1);
            if (line.startsWith("head ")) {
                HEADS.add(Names.key(value));
            } else {
                // keyed as the text's tokens are, so والتعاون and للتعاون match as written
                List<Token> tokens = new Tokenizer().tokenize(value);
                List<String> words = new ArrayList<>(tokens.size());
                for (Token t : tokens) {
                    words.add(Names.key(bare(t)));
                }
                NAMES.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(words);
                LISTED.add(Names.key(value));
            }
        }
    }

    private InstitutionNames() {
    }

    static List<EntityMention> add(String text, List<Token> tokens, List<EntityMention> mentions) {
        String[] keys = new String[tokens.size()];
        List<EntityMention> out = new ArrayList<>(mentions.size() + 8);
        boolean[] covered = new boolean[tokens.size()];
        List<EntityMention> kept = withWholeNames(text, tokens, keys, mentions, out, covered);
        int t = 0;
        for (EntityMention m : kept) {
            boolean retype = m.type() != EntityType.ORG && LISTED.contains(Names.key(m.textIn(text)));
            out.add(retype ? new EntityMention(m.start(), m.end(), EntityType.ORG) : m);
            while (t < tokens.size() && tokens.get(t).end() <= m.start()) {
                t++;
            }
            for (int u = t; u < tokens.size() && tokens.get(u).start() < m.end(); u++) {
                covered[u] = true;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i]) {
                continue;
            }
            int last = Math.max(listedNameEnd(tokens, covered, keys, i), constructEnd(tokens, covered, i));
            if (last >= i) {
                out.add(new EntityMention(NerStage.nameStart(text, tokens.get(i)), tokens.get(last).end(), EntityType.ORG));
                i = last;
            }
        }
        out.sort(Comparator.comparingInt(EntityMention::start));
        return out;
    }

    /**
     * A listed name of several words wins over the recogniser's pieces of it ({@code منظمة الأمن}
     * and {@code أوروبا} in {@code منظمة الأمن والتعاون في أوروبا}): each listed name that no
     * mention crosses goes to {@code out}, its tokens to {@code covered}, and the mentions inside it
     * are dropped. Returns the mentions left.
     */
    private static List<EntityMention> withWholeNames(String text, List<Token> tokens, String[] keys,
                                                      List<EntityMention> mentions, List<EntityMention> out,
                                                      boolean[] covered) {
        boolean[] none = new boolean[tokens.size()];
        List<EntityMention> left = mentions;
        for (int i = 0; i < tokens.size(); i++) {
            int last = listedNameEnd(tokens, none, keys, i);
            if (last <= i) {
                continue;
            }
            EntityMention whole = new EntityMention(listedStart(text, tokens.get(i)), tokens.get(last).end(),
                    EntityType.ORG);
            if (crossed(whole, left)) {
                continue;
            }
            List<EntityMention> outside = new ArrayList<>(left.size());
            for (EntityMention m : left) {
                if (m.end() <= whole.start() || m.start() >= whole.end()) {
                    outside.add(m);
                }
            }
            left = outside;
            out.add(whole);
            for (int u = i; u <= last; u++) {
                covered[u] = true;
            }
            i = last;
        }
        return left;
    }

    /**
     * Where a listed name starts in its first token: after any conjunction or preposition, at its
     * article ({@code فصندوق} gives {@code صندوق}, {@code والاتحاد} gives {@code الاتحاد}); the
     * listed word is known, so a first letter is never mistaken for a clitic.
     */
    private static int listedStart(String text, Token t) {
        int start = NerStage.nameStart(text, t);
        if (start > t.start() || t.proclitics().isEmpty()) {
            return start;
        }
        return t.articleStart(text); // ف and ك, which a name may begin with, are clitics before a listed word
    }

    /** Whether a mention overlaps the name without lying inside it, or is the name itself. */
    private static boolean crossed(EntityMention name, List<EntityMention> mentions) {
        for (EntityMention m : mentions) {
            boolean overlaps = m.start() < name.end() && name.start() < m.end();
            boolean inside = name.start() <= m.start() && m.end() <= name.end()
                    && (m.start() > name.start() || m.end() < name.end());
            if (overlaps && !inside) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last token of the longest listed name starting at {@code i}, or -1; {@code keys} caches
     * each token's key.
     */
    private static int listedNameEnd(List<Token> tokens, boolean[] covered, String[] keys, int i) {
        List<List<String>> candidates = NAMES.get(key(tokens, keys, i));
        if (candidates == null) {
            return -1;
        }
        int best = -1;
        for (List<String> name : candidates) {
            int k = 0;
            while (k < name.size() && i + k < tokens.size() && !covered[i + k]
                    && key(tokens, keys, i + k).equals(name.get(k))) {
                k++;
            }
            if (k == name.size()) {
                best = Math.max(best, i + k - 1);
            }
        }
        return best;
    }

    private static String key(List<Token> tokens, String[] keys, int i) {
        if (keys[i] == null) {
            keys[i] = Names.key(bare(tokens.get(i)));
        }
        return keys[i];
    }

    /** The last token of {@code head + definite words} starting at {@code i}, or -1. */
    private static int constructEnd(List<Token> tokens, boolean[] covered, int i) {
        Token head = tokens.get(i);
        if (!head.isWord() || head.hasArticle() || !HEADS.contains(head.stem())) {
            return -1;
        }
        int last = -1;
        for (int k = i + 1; k < tokens.size() && k - i <= MAX_WORDS && !covered[k]; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !t.proclitics().equals("ال")) {
                break; // only the bare article: a conjunction or preposition starts a new phrase
            }
            last = k;
        }
        return last;
    }

    /** The word without clitics; ل before the article is written لل, and a short stem keeps one ل. */
    private static String bare(Token t) {
        return t.norm().startsWith("لل") && t.stem().startsWith("ل") && !t.norm().equals(t.stem())
                ? t.stem().substring(1) : t.stem();
    }


}
