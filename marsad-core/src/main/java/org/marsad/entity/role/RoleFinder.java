package org.marsad.entity.role;

import java.util.ArrayList;
import java.util.List;
import org.marsad.entity.EntityMention;
import org.marsad.entity.EntityType;
import org.marsad.entity.NerStage;
import org.marsad.entity.role.RoleWords.Part;
import org.marsad.text.Token;

/**
 * Finds the role written next to each person's name, before it ({@code نائب وزير الخارجية الروسي
 * سيرغي ريابكوف}, {@code الناطق باسم الكرملين، دميتري بيسكوف}, {@code رئيس الولايات المتحدة (جو
 * بايدن)}) or after it, set off by a comma ({@code فياتشيسلاف فولودين، رئيس مجلس الدوما}).
 *
 * <p>Before the name, the phrase is read leftwards while its words can belong to a role, and
 * starts at the leftmost head noun of that run: a verb before the head ({@code وقال}, {@code أكد})
 * only ends the run, and a form of address between the function and the name ({@code وزير المالية
 * الدكتور}) is left out of it. After the name, the phrase must start with a head noun. A phrase never runs
 * over a line break: a headline or caption above a paragraph is not part of its first title.
 */
public final class RoleFinder {
    /** Longer runs are clauses, not titles. */
    private static final int MAX_WORDS = 12;

    /** Whether the word is the head noun of a title or function ({@code وزير}, {@code الناطق}, {@code رئيس}). */
    public static boolean isTitle(Token token) {
        return RoleWords.isHead(token);
    }

    /**
     * The roles of the person mentions among {@code mentions}, over the tokens of the document.
     *
     * @param timexed whether a time expression covers each token
     */
    public List<Role> find(String text, List<Token> tokens, List<EntityMention> mentions, boolean[] timexed) {
        EntityType[] named = new EntityType[tokens.size()];
        int[] firstToken = new int[mentions.size()];
        int[] lastToken = new int[mentions.size()];
        int t = 0;
        for (int m = 0; m < mentions.size(); m++) {
            EntityMention mention = mentions.get(m);
            while (t < tokens.size() && tokens.get(t).end() <= mention.start()) {
                t++;
            }
            firstToken[m] = t;
            int u = t;
            while (u < tokens.size() && tokens.get(u).start() < mention.end()) {
                named[u++] = mention.type();
            }
            lastToken[m] = u - 1;
        }
        Part[] parts = new Part[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            parts[i] = RoleWords.partOf(tokens.get(i), named[i], timexed[i]);
        }
        List<Role> roles = new ArrayList<>();
        for (int m = 0; m < mentions.size(); m++) {
            EntityMention mention = mentions.get(m);
            if (mention.type() != EntityType.PER || lastToken[m] < firstToken[m]) {
                continue;
            }
            int[] span = before(text, tokens, parts, firstToken[m]);
            if (span == null) {
                span = after(text, tokens, parts, lastToken[m]);
            }
            if (span != null) {
                roles.add(new Role(span[0], span[1], mention.start(), mention.end()));
            }
        }
        return roles;
    }

    /** The role phrase ending just before the name's first token, or null. */
    private static int[] before(String text, List<Token> tokens, Part[] parts, int name) {
        int end = name - 1;
        if (end >= 0 && isOneOf(tokens.get(end), "،", ",", "(", ".")) {
            end--; // a comma, an opening bracket, or a stray full stop between title and name
        }
        if (end < 0 || lineBreakBetween(text, tokens.get(end), tokens.get(name))) {
            return null;
        }
        int head = -1;
        for (int i = end; i >= 0 && end - i < MAX_WORDS; i--) {
            if (i < end && lineBreakBetween(text, tokens.get(i), tokens.get(i + 1))) {
                break;
            }
            Part part = parts[i];
            Part next = i < end ? parts[i + 1] : Part.STOP;
            if (part == Part.HEAD) {
                head = i;
                if (RoleWords.opensPhrase(tokens.get(i))) {
                    break;
                }
            } else if (part == Part.STOP || part == Part.LINK && i == end
                    || part == Part.NOUN && !(next == Part.DEFINITE || next == Part.NAME || next == Part.NOUN)) {
                break;
            }
        }
        if (head < 0) {
            return null;
        }
        int honorifics = RoleWords.trailingHonorifics(text, tokens, head, end);
        if (honorifics <= end - head) {
            end -= honorifics; // the function without the form of address before the name
        } else if (head > 0) {
            // المتحدث باسم الوزارة، الجنرال إيغور كوناشينكوف: the rank alone, after the function and a comma
            int[] function = before(text, tokens, parts, head);
            if (function != null && isOneOf(tokens.get(head - 1), "،", ",")) {
                return function;
            }
        }
        return new int[] {NerStage.nameStart(text, tokens.get(head)), tokens.get(end).end()};
    }

    /** The role phrase after {@code name، }, or null. */
    private static int[] after(String text, List<Token> tokens, Part[] parts, int name) {
        int head = name + 2;
        if (head >= tokens.size() || !isOneOf(tokens.get(name + 1), "،", ",") || parts[head] != Part.HEAD
                || RoleWords.opensPhrase(tokens.get(head)) || lineBreakBetween(text, tokens.get(name), tokens.get(head))) {
            return null;
        }
        int last = head;
        for (int i = head + 1; i < tokens.size() && i - head < MAX_WORDS; i++) {
            if (lineBreakBetween(text, tokens.get(i - 1), tokens.get(i))) {
                break;
            }
            Part part = parts[i];
            if (part == Part.HEAD || part == Part.DEFINITE || part == Part.NAME) {
                last = i;
            } else if (part == Part.STOP) {
                break;
            }
            // an indefinite noun or a preposition joins only when a complement follows it
        }
        return new int[] {NerStage.nameStart(text, tokens.get(head)), tokens.get(last).end()};
    }

    /** Whether a line ends between two tokens: titles and names do not run over one. */
    public static boolean lineBreakBetween(String text, Token left, Token right) {
        for (int c = left.end(); c < right.start(); c++) {
            if (text.charAt(c) == '\n' || text.charAt(c) == '\r') {
                return true;
            }
        }
        return false;
    }

    private static boolean isOneOf(Token token, String... marks) {
        for (String mark : marks) {
            if (token.norm().equals(mark)) {
                return true;
            }
        }
        return false;
    }
}
