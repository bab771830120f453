package org.marsad.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.doc.Doc;
import org.marsad.doc.Layer;
import org.marsad.doc.TextSpan;
import org.marsad.entity.article.ArticleEntityStage;
import org.marsad.pipeline.Stage;
import org.marsad.text.SentenceSplitter;
import org.marsad.text.Tokenizer;
import org.marsad.time.TimexTagger;

/**
 * Finds who said what: direct quotes in quotation marks and reported speech, each with its speaker
 * ({@link QuoteReader} reads one article). Adds {@link #LAYER}.
 */
public final class QuoteStage implements Stage {
    public static final Layer<Quote> LAYER = Layer.of("quotes", Quote.class);

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(SentenceSplitter.LAYER, Tokenizer.LAYER, TimexTagger.LAYER, ArticleEntityStage.LAYER,
                ArticleEntityStage.ENTITIES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(LAYER);
    }

    @Override
    public void process(Doc doc) {
        String text = doc.text();
        List<TextSpan> sentences = doc.get(SentenceSplitter.LAYER);
        int body = bodyStart(doc);
        List<TextSpan> bodySentences = new ArrayList<>(sentences.size());
        for (TextSpan s : sentences) {
            if (s.start() >= body) {
                bodySentences.add(s);
            }
        }
        QuoteContext ctx = new QuoteContext(doc, QuotationMarks.find(text));
        doc.put(LAYER, new QuoteReader(ctx).read(bodySentences));
    }

    /**
     * Where the body starts: a headline restates what the body reports ({@code بيسكوف: روسيا لا
     * تتفاوض ...}), so its attributions are not counted again.
     */
    private static int bodyStart(Doc doc) {
        if (doc.meta().headline() == null) {
            return 0;
        }
        int end = doc.text().indexOf('\n');
        return end < 0 ? doc.text().length() : end;
    }
}
