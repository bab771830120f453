package org.marsad.entity.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A small hand-tagged training set: enough for the model to learn its own sentences. */
final class TinyCorpus {
    private static final String[] LINES = {
        "قال/O الرئيس/O الأمريكي/O باراك/B-PER أوباما/I-PER في/O واشنطن/B-LOC ./O",
        "وصل/O أوباما/B-PER إلى/O القاهرة/B-LOC أمس/O ./O",
        "أعلنت/O شركة/O أرامكو/B-ORG عن/O أرباحها/O ./O",
        "التقى/O الملك/O سلمان/B-PER بوفد/O من/O الأمم/B-ORG المتحدة/I-ORG في/O الرياض/B-LOC ./O",
        "وقالت/O وكالة/O رويترز/B-ORG إن/O المحادثات/O في/O جنيف/B-LOC انتهت/O ./O",
        "ويزور/O الرئيس/O الفرنسي/O ماكرون/B-PER بغداد/B-LOC الأسبوع/O المقبل/O ./O",
        "وفاز/O الهلال/B-ORG على/O النصر/B-ORG في/O الدوري/B-MISC السعودي/I-MISC ./O",
        "ونقلت/O صحيفة/O الأهرام/B-ORG عن/O مصادر/O في/O القاهرة/B-LOC ./O",
    };

    private TinyCorpus() {
    }

    static List<Conll.Sentence> sentences() {
        List<Conll.Sentence> out = new ArrayList<>();
        for (String line : LINES) {
            List<String> tokens = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (String pair : line.split(" ")) {
                int slash = pair.lastIndexOf('/');
                tokens.add(pair.substring(0, slash));
                tags.add(pair.substring(slash + 1));
            }
            out.add(new Conll.Sentence(tokens, tags));
        }
        return out;
    }

    static List<String> tokens(String spaced) {
        return Arrays.asList(spaced.split(" "));
    }

    /** A model trained on these sentences, with small tables and no word classes. */
    static NerTagger train() {
        return train((NerTraining.Crf) null);
    }

    /** The same, with a CRF training the passes {@code crf} names (null: none). */
    static NerTagger train(NerTraining.Crf crf) {
        return train(new NerTraining.Settings(16, 5, 7, NerTraining.MARGIN, 2, crf, true));
    }

    /** The same, with these settings. */
    static NerTagger train(NerTraining.Settings settings) {
        Features features = new Features(WordClasses.empty(), Gazetteers.standard(), 16);
        List<Conll.Sentence> s = sentences();
        return NerTraining.train(s, NerTraining.tagSet(s), features, settings, m -> { });
    }
}
