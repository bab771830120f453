package org.marsad.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.marsad.entity.Names;
import org.marsad.entity.corpus.AliasTable;
import org.marsad.entity.corpus.CorpusEntity;
import org.marsad.entity.latin.LatinLetters;
import org.marsad.text.ArabicNormalizer;

/**
 * Whom an analyst means by a name, matched against the speakers of quotes the way names vary in
 * Arabic news ({@link Names}): any spelling of alef, ya, ta marbuta and hamza, with or without
 * diacritics, tatweel and the article {@code ال}. The words of the name must appear in the
 * speaker's name in order, each a close spelling of its counterpart, so a surname finds the full
 * name ({@code بيسكوف} finds {@code دميتري بيسكوف} and {@code ديمتري بيسكوف}); a full name also
 * finds a speaker named by surname alone; names the alias table puts together find each other
 * ({@code الناتو}, {@code حلف شمال الأطلسي}).
 *
 * <p>The export's entities widen the match ({@link #learn}): a quote whose speaker is linked to an
 * entity the name names (by its name, an alias, or its Latin name) matches however the text wrote
 * the speaker. A name in Latin letters ({@code Peskov}, {@code dmitry peskov}) finds entities by
 * their Latin name, in any case or accents, and through their Arabic names the speakers no entity
 * was linked to.
 */
public final class SpeakerQuery {
    /** Latin words at least this long may be one letter apart (Dmitry, Dmitri); shorter ones must agree. */
    private static final int LATIN_FUZZY_MIN_LENGTH = 5;
    private static final Pattern LATIN_WORD_BREAK = Pattern.compile("[\\s\\-\u2010-\u2015_.,;:/]+");
    private static final AliasTable ALIASES = AliasTable.standard();

    private final String name;
    private final boolean latin;
    /** The name's words: as {@link Names#words} gives them, or Latin-folded for a Latin name. */
    private final List<String> words;
    private final String aliasGroup;
    private final Set<String> entities = new HashSet<>();
    /** For a Latin name: the Arabic names of the entities it named. */
    private final List<List<String>> entityNames = new ArrayList<>();

    private SpeakerQuery(String name, boolean latin, List<String> words) {
        this.name = name;
        this.latin = latin;
        this.words = words;
        this.aliasGroup = latin ? null : ALIASES.groupOf(String.join(" ", words));
    }

    /** @throws IllegalArgumentException when {@code name} holds no letters to look for */
    public static SpeakerQuery of(String name) {
        boolean latin = name.chars().noneMatch(c -> ArabicNormalizer.isArabicLetter((char) c));
        List<String> words = latin ? latinWords(name) : Names.words(name);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no name to look for in '" + name + "'");
        }
        return new SpeakerQuery(name, latin, words);
    }

    public String name() {
        return name;
    }

    /**
     * Takes an entity of the export into account: when the name names it, quotes linked to it
     * match from now on. Returns whether it did.
     */
    public boolean learn(CorpusEntity e) {
        boolean named = latin
                ? e.latin() != null && inOrder(words, latinWords(e.latin()), SpeakerQuery::closeLatin)
                : namesArabic(e.name()) || e.aliases().stream().anyMatch(this::namesArabic);
        if (named) {
            entities.add(e.id());
            if (latin) {
                entityNames.add(Names.words(e.name()));
            }
        }
        return named;
    }

    /** Whether a quote's speaker, as written and as linked (null when not), is the one the name means. */
    public boolean matches(String speaker, String speakerEntity) {
        if (speakerEntity != null && entities.contains(speakerEntity)) {
            return true;
        }
        if (speaker == null) {
            return false;
        }
        if (!latin) {
            return namesArabic(speaker);
        }
        if (inOrder(words, latinWords(speaker), SpeakerQuery::closeLatin)) {
            return true;
        }
        List<String> spoken = Names.words(speaker);
        return entityNames.stream().anyMatch(n -> sameName(n, spoken));
    }

    private boolean namesArabic(String other) {
        List<String> otherWords = Names.words(other);
        return sameName(words, otherWords)
                || aliasGroup != null && aliasGroup.equals(ALIASES.groupOf(String.join(" ", otherWords)));
    }

    /** The query's words in order in the name, or the name a lone surname the query ends with. */
    private static boolean sameName(List<String> query, List<String> name) {
        if (inOrder(query, name, Names::closeSpellings)) {
            return true;
        }
        return query.size() > 1 && name.size() == 1 && !Names.isGeneric(name.get(0))
                && Names.closeSpellings(query.get(query.size() - 1), name.get(0));
    }

    /** Whether each query word matches a word of the name, in the query's order (greedy is exact here). */
    private static boolean inOrder(List<String> query, List<String> name, BiPredicate<String, String> close) {
        int at = 0;
        for (String q : query) {
            while (at < name.size() && !close.test(q, name.get(at))) {
                at++;
            }
            if (at == name.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    private static boolean closeLatin(String a, String b) {
        return a.equals(b) || Math.min(a.length(), b.length()) >= LATIN_FUZZY_MIN_LENGTH
                && Names.editDistance(a, b, 1) <= 1;
    }

    private static List<String> latinWords(String name) {
        List<String> out = new ArrayList<>();
        for (String w : LATIN_WORD_BREAK.split(name)) {
            String folded = LatinLetters.of(w);
            if (!folded.isEmpty()) {
                out.add(folded);
            }
        }
        return out;
    }
}
