package org.marsad.index;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Index side of the name field: emits each word whole and then, at the same position, its forms
 * without attached particles ({@link Proclitics#strippedForms}), the way a synonym filter stacks
 * synonyms. {@code وبيسكوف} indexes as {@code وبيسكوف} and {@code بيسكوف}; {@code وليد} as
 * {@code وليد} and {@code ليد}, so a query for either spelling of a name finds it without the
 * name ever being cut in the form the query looks up.
 */
public final class ProcliticVariantFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final List<String> forms = new ArrayList<>(4);
    private final ArrayDeque<String> pending = new ArrayDeque<>(4);
    private State wholeWord;

    public ProcliticVariantFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(wholeWord);
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        forms.clear();
        Proclitics.strippedForms(term, forms);
        if (!forms.isEmpty()) {
            pending.addAll(forms);
            wholeWord = captureState();
        }
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        wholeWord = null;
    }
}
