package org.marsad.web.html.content;

import java.util.function.ToIntFunction;
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
    static boolean named(Element e, ElementNames.Names names, ToIntFunction<Element> chars) {
        if (names.content()) {
            return false;
        }
        if (names.boilerplate()) {
            return true;
        }
        return names.weakBoilerplate() && chars.applyAsInt(e) < WEAK_MAX_CHARS;
    }
}
