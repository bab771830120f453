package org.marsad.event;

/** Where an event stands on the day the article was written. */
public enum EventStatus {
    /** Reported as held, or being held (news reports the past unless it says otherwise). */
    HAPPENED,
    /** Announced or expected: a future verb (ستلتقي), المرتقبة، المقرر، المقبل, or a date after publication. */
    PLANNED,
    /** Threatened or conditional: في حال، من مغبة، تهديد بفرض. */
    POSSIBLE
}
