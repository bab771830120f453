package org.marsad.entity.latin;

import org.marsad.entity.Names;

/** Levenshtein distance over characters (insertions, deletions and substitutions cost one). */
public final class EditDistance {
    private EditDistance() {
    }

    public static int between(CharSequence a, CharSequence b) {
        return Names.editDistance(a, b, Math.max(a.length(), b.length()));
    }
}
