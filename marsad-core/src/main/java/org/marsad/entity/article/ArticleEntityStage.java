package org.marsad.entity.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.marsad.doc.Doc;
import org.marsad.doc.Layer;
import org.marsad.doc.Span;
import org.marsad.entity.EntityMention;
import org.marsad.entity.EntityType;
import org.marsad.entity.NerStage;
import org.marsad.entity.ner.NerTagger;
import org.marsad.entity.Names;
import org.marsad.entity.role.Role;
import org.marsad.entity.role.RoleFinder;
import org.marsad.pipeline.Stage;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;
import org.marsad.time.Timex;
import org.marsad.time.TimexTagger;

/**
 * Resolves an article's entities: the recogniser's mentions, with the organisation names it
 * misses ({@link InstitutionNames}), the surnames it cut off ({@link NameCompletion}) and the
 * untagged repeats of person names added ({@link NamePropagation}), each person's role ({@link RoleFinder}), mentions
 * grouped into entities ({@link MentionClusters}), and the references made by a role alone
 * ({@link RoleMentions}). Adds the resolved mentions ({@link #LAYER}) and the entities they form
 * ({@link #ENTITIES}).
 */
public final class ArticleEntityStage implements Stage {
    public static final Layer<Mention> LAYER = Layer.of("entities", Mention.class);
    public static final Layer<ArticleEntity> ENTITIES = Layer.of("article-entities", ArticleEntity.class);

    private final RoleFinder roles = new RoleFinder();
    /** How often a word occurs in the news corpus, to tell a surname from a common word. */
    private final ToIntFunction<String> corpusCount;

    public ArticleEntityStage() {
        this(NerTagger.standard().features()::corpusCount);
    }

    public ArticleEntityStage(ToIntFunction<String> corpusCount) {
        this.corpusCount = corpusCount;
    }

    @Override
    public String name() {
        return "article-entities";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(NerStage.LAYER, Tokenizer.LAYER, TimexTagger.LAYER);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(LAYER, ENTITIES);
    }

    @Override
    public void process(Doc doc) {
        String text = doc.text();
        List<Token> tokens = doc.get(Tokenizer.LAYER);
        boolean[] covered = covered(tokens, doc.get(TimexTagger.LAYER));
        List<EntityMention> named = NamePropagation.propagate(text, tokens,
                InstitutionNames.add(text, tokens, withWords(text, doc.get(NerStage.LAYER))));
        List<Role> found = roles.find(text, tokens, named, covered);
        List<EntityMention> completed = NameCompletion.complete(text, tokens, named, found, covered, corpusCount);
        if (completed != named) {
            // the surname found is a name to look for elsewhere in the article, and its holder's role moves with it
            named = NamePropagation.propagate(text, tokens, completed);
            found = roles.find(text, tokens, named, covered);
        }
        Map<Integer, Role> roleOf = new HashMap<>();
        for (Role r : found) {
            roleOf.put(r.holderStart(), r);
        }
        int[] entity = MentionClusters.cluster(text, named);
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            EntityMention m = named.get(i);
            Role r = roleOf.get(m.start());
            mentions.add(new Mention(m.start(), m.end(), m.type(), entity[i],
                    r == null ? -1 : r.start(), r == null ? -1 : r.end(), false));
        }
        Arrays.fill(covered, false);
        mark(covered, tokens, named);
        mark(covered, tokens, found);
        mentions.addAll(RoleMentions.find(text, tokens, mentions, covered));
        mentions.sort(Comparator.comparingInt(Mention::start));
        doc.put(LAYER, mentions);
        doc.put(ENTITIES, entities(text, tokens, mentions));
    }

    /** The article's entities, in order of their number, from their mentions. */
    static List<ArticleEntity> entities(String text, List<Token> tokens, List<Mention> mentions) {
        Map<Integer, List<Mention>> byEntity = new TreeMap<>();
        for (Mention m : mentions) {
            byEntity.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m);
        }
        List<ArticleEntity> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Mention>> e : byEntity.entrySet()) {
            Set<String> forms = new LinkedHashSet<>();
            Set<String> roleTexts = new LinkedHashSet<>();
            Map<EntityType, Integer> types = new HashMap<>();
            String name = null;
            int nameScore = 0;
            for (Mention m : e.getValue()) {
                if (m.hasRole()) {
                    roleTexts.add(text.substring(m.roleStart(), m.roleEnd()));
                }
                if (m.byRole()) {
                    continue;
                }
                String form = m.textIn(text);
                forms.add(form);
                types.merge(m.type(), 1, Integer::sum);
                // the longest form names the entity; of two as long, one that starts a word beats
                // one cut from a prefixed word, unless the cut form gets its article back
                String named = withArticle(text, tokens, m);
                int score = 2 * Names.words(form).size() + (named != null || startsWord(text, m.start()) ? 1 : 0);
                if (score > nameScore) {
                    name = named != null ? named : form;
                    nameScore = score;
                }
            }
            Mention first = e.getValue().get(0);
            EntityType type = types.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
                    .thenComparing(t -> -t.getKey().ordinal())).get().getKey();
            out.add(new ArticleEntity(first.start(), first.end(), e.getKey(), type, name,
                    List.copyOf(forms), List.copyOf(roleTexts)));
        }
        return out;
    }

    /**
     * The mention's text with the article the preposition ل absorbed ({@code للبيت الأبيض}: ل + البيت),
     * or null where the mention does not start right after such a لل.
     */
    private static String withArticle(String text, List<Token> tokens, Mention m) {
        int i = Collections.binarySearch(tokens, null, (t, x) -> t.end() <= m.start() ? -1 : t.start() > m.start() ? 1 : 0);
        if (i < 0) {
            return null;
        }
        // the text, not the token's analysis: the tokenizer keeps ل on a short stem (للبيت → ل + لبيت)
        // where the recogniser cuts the name after both
        String before = text.substring(tokens.get(i).start(), m.start());
        return before.endsWith("لل") ? "ال" + m.textIn(text) : null;
    }

    private static boolean startsWord(String text, int at) {
        return at == 0 || !Character.isLetter(text.charAt(at - 1));
    }

    /** The mentions that have a word to name them by: the recogniser may tag a lone bracket or dash. */
    private static List<EntityMention> withWords(String text, List<EntityMention> mentions) {
        List<EntityMention> out = new ArrayList<>(mentions.size());
        for (EntityMention m : mentions) {
            if (!Names.words(m.textIn(text)).isEmpty()) {
                out.add(m);
            }
        }
        return out;
    }

    /** Marks the tokens a time expression covers. */
    private static boolean[] covered(List<Token> tokens, List<Timex> timexes) {
        boolean[] covered = new boolean[tokens.size()];
        mark(covered, tokens, timexes);
        return covered;
    }

    private static void mark(boolean[] covered, List<Token> tokens, List<? extends Span> spans) {
        int t = 0;
        for (Span s : spans) {
            while (t > 0 && tokens.get(t - 1).end() > s.start()) {
                t--; // spans may overlap or come out of order by a little
            }
            while (t < tokens.size() && tokens.get(t).end() <= s.start()) {
                t++;
            }
            for (int u = t; u < tokens.size() && tokens.get(u).start() < s.end(); u++) {
                covered[u] = true;
            }
        }
    }
}
