package org.marsad.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.doc.Doc;
import org.marsad.doc.Layer;
import org.marsad.doc.TextSpan;
import org.marsad.entity.ner.NerTagger;
import org.marsad.entity.ner.Word;
import org.marsad.pipeline.Stage;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.FutureVerbs;
import org.marsad.text.Lexicon;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Token;
import org.marsad.text.Tokenizer;

/**
 * Adds the entity-mention layer ({@link #LAYER}): the statistical recogniser ({@link NerTagger})
 * over the tokens of each sentence, the whole article as the second pass's context, its BIO tags
 * turned into mentions with offsets into the text.
 *
 * <p>A mention begins at its first token's stem when that token carries a conjunction or
 * preposition ({@code و ف ب ل ك}), and keeps the article: {@code وبالرياض} gives
 * {@code الرياض}. Where the preposition ل has swallowed the article's alef ({@code للرياض}), no
 * article is written, and the mention is the stem, {@code رياض}.
 */
public final class NerStage implements Stage {
    public static final Layer<EntityMention> LAYER = Layer.of("ner", EntityMention.class);

    private static final Lexicon FIRST_NAMES = Lexicon.load("text/first-names.txt");
    /** Words of person names (Wikidata's Arabic spellings), to tell a name's first letter from a clitic. */
    private static final Lexicon NAME_WORDS = Lexicon.load("entity/ner/wikidata-name-words.txt");

    /** How often the verb without its س must occur in the news corpus to be taken for a verb. */
    private static final int MIN_VERB_COUNT = 10;

    private final NerTagger tagger;

    public NerStage() {
        this(NerTagger.standard());
    }

    public NerStage(NerTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(SentenceSplitter.LAYER, Tokenizer.LAYER);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(LAYER);
    }

    @Override
    public void process(Doc doc) {
        String text = doc.text();
        List<Token> tokens = doc.get(Tokenizer.LAYER);
        List<List<Token>> sentences = new ArrayList<>();
        List<List<Word>> words = new ArrayList<>();
        int k = 0;
        for (TextSpan sentence : doc.get(SentenceSplitter.LAYER)) {
            while (k < tokens.size() && tokens.get(k).end() <= sentence.start()) {
                k++; // tokens outside every sentence (none, from the token stage) are skipped
            }
            List<Token> inSentence = new ArrayList<>();
            List<Word> sentenceWords = new ArrayList<>();
            while (k < tokens.size() && tokens.get(k).start() < sentence.end()) {
                inSentence.add(tokens.get(k));
                sentenceWords.add(Word.of(tokens.get(k), text));
                k++;
            }
            if (!inSentence.isEmpty()) {
                sentences.add(inSentence);
                words.add(sentenceWords);
            }
        }
        List<List<String>> tags = tagger.tag(words);
        List<EntityMention> mentions = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<String> sentenceTags = new ArrayList<>(tags.get(s));
            dropFutureVerbs(sentences.get(s), sentenceTags);
            addMentions(text, sentences.get(s), sentenceTags, mentions);
        }
        doc.put(LAYER, mentions);
    }

    /**
     * A future-tense verb is no part of the name before it ({@code الرئيس فلاديمير بوتين سيدرس
     * الرد}): the last word of a person's name is left out when it is {@code س} before a verb's
     * prefix and the rest is a word the news corpus uses often, unless the whole is a listed name
     * ({@code سيسيل}, {@code سيلفا}).
     */
    private void dropFutureVerbs(List<Token> tokens, List<String> tags) {
        for (int i = 1; i < tokens.size(); i++) {
            boolean lastOfName = tags.get(i).equals("I-PER") && (i + 1 == tokens.size() || !tags.get(i + 1).equals("I-PER"));
            if (lastOfName && isFutureVerb(tokens.get(i))) {
                tags.set(i, "O");
            }
        }
    }

    private boolean isFutureVerb(Token t) {
        String w = t.norm();
        if (w.charAt(0) != 'س' || !FutureVerbs.hasFuturePrefix(w) || FIRST_NAMES.containsKey(w) || NAME_WORDS.containsKey(w)) {
            return false;
        }
        return tagger.features().corpusCount(w.substring(1)) >= MIN_VERB_COUNT;
    }

    /** The mentions of one sentence's BIO tags (well formed: the tagger never puts I- after O). */
    static void addMentions(String text, List<Token> tokens, List<String> tags, List<EntityMention> out) {
        int i = 0;
        while (i < tokens.size()) {
            String tag = tags.get(i);
            if (!tag.startsWith("B-") && !tag.startsWith("I-")) {
                i++;
                continue;
            }
            String type = tag.substring(2);
            int j = i + 1;
            while (j < tokens.size() && tags.get(j).equals("I-" + type) && !joinsTwoPeople(type, tokens.get(j))) {
                j++;
            }
            int start = nameStart(text, tokens.get(i));
            if (i > 0 && tags.get(i).startsWith("I-") && start == tokens.get(i).start()) {
                start = afterConjunction(text, tokens.get(i)); // split off by joinsTwoPeople
            }
            int end = tokens.get(j - 1).end();
            if (start < end) {
                out.add(new EntityMention(start, end, EntityType.valueOf(type)));
            }
            i = j;
        }
    }

    /**
     * Whether a token inside a person's name starts a second person: a name does not take the
     * conjunction و inside it, but the recogniser sometimes runs {@code فلاديمير بوتين وجو بايدن}
     * together.
     */
    private static boolean joinsTwoPeople(String type, Token token) {
        if (!type.equals("PER") || !token.norm().startsWith("و") || token.stem().isEmpty()) {
            return false;
        }
        if (token.proclitics().length() == 1) {
            return true;
        }
        // a short name keeps its و in the tokenizer (وجو): a first name after the و, none with it
        String rest = token.norm().substring(1);
        return FIRST_NAMES.containsKey(rest) && !FIRST_NAMES.containsKey(token.norm());
    }

    /** Just after the و the tokenizer left on a short name, and its harakat. */
    private static int afterConjunction(String text, Token token) {
        int at = token.start() + 1;
        while (at < token.end() && ArabicNormalizer.normalize(text, at, at + 1).isEmpty()) {
            at++;
        }
        return at < token.end() ? at : token.start();
    }

    /**
     * Where a name starts in its first token: after a conjunction or preposition, at its article.
     * A lone ف or ك is kept: names begin with these letters far more often than they carry them
     * as clitics ({@code فياتشيسلاف}, {@code كارين}). So is a lone و، ب or ل when the whole word is
     * a listed name word and the rest is not ({@code ويندي}, {@code بيتر}, not {@code وبايدن}).
     */
    public static int nameStart(String text, Token token) {
        if (token.prefixLength() == 0) {
            return token.start();
        }
        String prefix = token.proclitics();
        if (prefix.equals("ف") || prefix.equals("ك") || isWholeName(token, prefix)) {
            return token.start();
        }
        int limit = token.stemStart();
        if (prefix.equals("ل") && token.norm().startsWith("لل") && token.stem().length() > 1) {
            prefix = "لل"; // the tokenizer keeps the article's lam on a short stem (للبيت)
            limit = token.end();
        }
        // keep a written article (وبال, ال); لل has none to keep
        int skip = prefix.length() - (prefix.endsWith("ال") ? 2 : 0);
        int at = token.start();
        int letters = 0;
        while (letters < skip && at < limit) {
            letters += ArabicNormalizer.normalize(text, at, at + 1).length(); // 0 for a haraka, 2 for lam-alef
            at++;
        }
        // harakat written on the last skipped letter belong to it
        while (at < limit && ArabicNormalizer.normalize(text, at, at + 1).isEmpty()) {
            at++;
        }
        return at;
    }

    private static boolean isWholeName(Token token, String prefix) {
        return (prefix.equals("و") || prefix.equals("ب") || prefix.equals("ل")) && NAME_WORDS.contains(token.norm())
                && !NAME_WORDS.contains(token.stem());
    }
}
