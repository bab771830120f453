package org.marsad.event;

import java.util.Map;

/**
 * Country adjectives and country names brought to one base, so that {@code الروسية} finds
 * {@code روسيا}, {@code الإيراني} {@code إيران} and {@code السعودي} {@code السعودية}: the adjective
 * less its {@code ي}/{@code ية}, the name less a final {@code يا}/{@code ا}/{@code ية}. The few
 * countries whose adjective comes from another name are listed ({@code الأمريكية}: the United States).
 * Works on stems as the tokenizer gives them (normalised, without the article).
 */
final class Nationality {
    /** Names whose adjective is built on another word. */
    private static final Map<String, String> OTHER_BASE = Map.of(
            "ولايات متحده", "امريك", "ولايات متحده امريكيه", "امريك", "مملكه متحده", "بريطان");
    /** Spellings of one adjective's base. */
    private static final Map<String, String> SPELLINGS = Map.of("اميرك", "امريك");
    private static final int MIN_BASE = 3;

    private Nationality() {
    }

    /** The base of a country adjective's stem ({@code روسيه} → {@code روس}), or null when it is not one. */
    static String adjectiveBase(String stem) {
        String base = stem.endsWith("يه") ? stem.substring(0, stem.length() - 2)
                : stem.endsWith("ي") ? stem.substring(0, stem.length() - 1) : null;
        return base == null || base.length() < MIN_BASE ? null : SPELLINGS.getOrDefault(base, base);
    }

    /** The base of a country's name, its stems joined by spaces ({@code روسيا} → {@code روس}), or null. */
    static String nameBase(String stems) {
        String other = OTHER_BASE.get(stems);
        if (other != null) {
            return other;
        }
        if (stems.contains(" ")) {
            return null;
        }
        String base = stems.endsWith("يا") || stems.endsWith("يه") ? stems.substring(0, stems.length() - 2)
                : stems.endsWith("ا") ? stems.substring(0, stems.length() - 1) : stems;
        return base.length() < MIN_BASE ? null : SPELLINGS.getOrDefault(base, base);
    }
}
