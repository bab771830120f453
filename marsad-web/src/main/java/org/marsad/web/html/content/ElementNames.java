package org.marsad.web.html.content;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;

/**
 * What the class and id of each element of one page say, worked out once per element: every
 * step of the extraction asks, some twice, and matching a class text against the hint lists is
 * the costliest question asked of an element. Class texts recur across pages of a site too, so
 * the verdict per text is also remembered across pages, up to {@link #MEMORY_LIMIT} texts.
 */
final class ElementNames {

    /** How many class texts are remembered across pages before the memory starts afresh. */
    static final int MEMORY_LIMIT = 50_000;

    /** The verdict of the hint lists on one class-and-id text. */
    record Names(boolean boilerplate, boolean weakBoilerplate, boolean content, int bodyRank) {
        boolean anyBoilerplate() {
            return boilerplate || weakBoilerplate;
        }
    }

    static final Names NONE = new Names(false, false, false, Hints.NONE);

    private static final Map<String, Names> MEMORY = new ConcurrentHashMap<>();

    private final Map<Element, Names> names = new IdentityHashMap<>();

    Names of(Element e) {
        Names n = names.get(e);
        if (n == null) {
            n = compute(e);
            names.put(e, n);
        }
        return n;
    }

    private static Names compute(Element e) {
        String text = Hints.classAndId(e.className(), e.id());
        if (text.isEmpty()) {
            return NONE;
        }
        Names n = MEMORY.get(text);
        if (n == null) {
            n = new Names(Hints.BOILERPLATE.matches(text), Hints.WEAK_BOILERPLATE.matches(text),
                    Hints.CONTENT.matches(text), Hints.BODY_CONTAINERS.rank(text));
            if (MEMORY.size() >= MEMORY_LIMIT) {
                MEMORY.clear();
            }
            MEMORY.put(text, n);
        }
        return n;
    }
}
