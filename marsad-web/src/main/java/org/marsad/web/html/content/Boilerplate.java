package org.marsad.web.html.content;

import org.jsoup.nodes.Element;

/**
 * Whether an element's class or id names it as page furniture rather than article. Strong
 * names (comments, related, share, sidebar...) condemn it unless it also has a content name;
 * weak names (ads, meta, date, caption...) only when it holds little text, since templates
 * also put them on article sections that merely contain an advert slot or a date.
 */
final class Boilerplate {

    /** A weakly named part holding at least this many characters is kept. */
    static final int WEAK_MAX_CHARS = 250;

    private Boilerplate() {
    }

    /** The verdict for an element; {@code chars} is asked for only when a weak name matches. */
    static boolean named(Element e, java.util.function.ToIntFunction<Element> chars) {
        String hints = Hints.classAndId(e.className(), e.id());
        if (hints.isEmpty() || Hints.CONTENT.matches(hints)) {
            return false;
        }
        if (Hints.BOILERPLATE.matches(hints)) {
            return true;
        }
        return Hints.WEAK_BOILERPLATE.matches(hints) && chars.applyAsInt(e) < WEAK_MAX_CHARS;
    }

    /** Whether the class or id has any boilerplate name, strong or weak. */
    static boolean anyName(String hints) {
        return !hints.isEmpty() && (Hints.BOILERPLATE.matches(hints) || Hints.WEAK_BOILERPLATE.matches(hints));
    }
}
