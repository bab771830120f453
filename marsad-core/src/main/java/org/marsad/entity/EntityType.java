package org.marsad.entity;

/** The kinds of named entity the recogniser finds: ANERcorp's (CoNLL's) four. */
public enum EntityType {
    /** A person: {@code أوباما}, {@code الملك سلمان بن عبدالعزيز}. */
    PER,
    /** A place: a country, city, region, geographic feature. */
    LOC,
    /** An organisation: a company, party, ministry, club, agency. */
    ORG,
    /** Other names: nationalities, religions, events, products ({@code الإسلام}, {@code كأس العالم}). */
    MISC
}
