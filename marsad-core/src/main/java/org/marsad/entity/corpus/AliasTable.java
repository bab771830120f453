package org.marsad.entity.corpus;

import java.util.HashMap;
import java.util.Map;
import org.marsad.entity.Names;
import org.marsad.text.Lexicon;

/** Names of one entity that share no words ({@code الناتو} and {@code حلف شمال الأطلسي}), from {@code corpus/aliases.txt}. */
public final class AliasTable {
    private final Map<String, String> group = new HashMap<>();

    /** The table of the bundled {@code aliases.txt}. */
    public static AliasTable standard() {
        AliasTable table = new AliasTable();
        for (String line : Lexicon.load("entity/corpus/aliases.txt").entries()) {
            String[] names = line.split("\\|");
            String id = "=" + Names.key(names[0]);
            for (String name : names) {
                table.group.put(Names.key(name), id);
            }
        }
        return table;
    }

    /** The key standing for every name of the entity {@code key} names, or null when the table does not know it. */
    public String groupOf(String key) {
        return group.get(key);
    }
}
