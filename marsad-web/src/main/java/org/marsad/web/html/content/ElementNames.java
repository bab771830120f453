package org.marsad.web.html.content;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;

/**
 * What the class and id of each element of one page say, worked out once per element: every
 * step of the extraction asks, some twice, and matching against the hint lists is the costliest
 * question asked of an element.
 *
 * <p>No hint spans a space, so the verdict on a class text is the union of the verdicts on its
 * class names (and id), and those are few and shared by every page of a template
 * ("clearfix", "col-md-8", "entry-content"): they are remembered across pages, up to
 * {@link #MEMORY_LIMIT} names, after which the memory starts afresh.
 */
final class ElementNames {

    /** How many class names are remembered before the memory starts afresh. */
    static final int MEMORY_LIMIT = 100_000;

    /** The verdict of the hint lists on a class or id. */
    record Names(boolean boilerplate, boolean weakBoilerplate, boolean content, int bodyRank) {
        boolean anyBoilerplate() {
            return boilerplate || weakBoilerplate;
        }

        Names with(Names o) {
            if (o == NONE) {
                return this;
            }
            if (this == NONE) {
                return o;
            }
            return new Names(boilerplate || o.boilerplate, weakBoilerplate || o.weakBoilerplate, content || o.content,
                    Math.min(bodyRank, o.bodyRank));
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
        Names n = NONE;
        String classes = e.className();
        int start = -1;
        for (int i = 0; i <= classes.length(); i++) {
            boolean inside = i < classes.length() && !Character.isWhitespace(classes.charAt(i));
            if (inside && start < 0) {
                start = i;
            } else if (!inside && start >= 0) {
                n = n.with(token(classes.substring(start, i)));
                start = -1;
            }
        }
        String id = e.id().strip();
        return id.isEmpty() ? n : n.with(token(id));
    }

    private static Names token(String raw) {
        Names n = MEMORY.get(raw);
        if (n == null) {
            String t = raw.toLowerCase(Locale.ROOT);
            n = new Names(Hints.BOILERPLATE.matches(t), Hints.WEAK_BOILERPLATE.matches(t), Hints.CONTENT.matches(t),
                    Hints.BODY_CONTAINERS.rank(t));
            if (n.equals(NONE)) {
                n = NONE;
            }
            if (MEMORY.size() >= MEMORY_LIMIT) {
                MEMORY.clear();
            }
            MEMORY.put(raw, n);
        }
        return n;
    }
}
