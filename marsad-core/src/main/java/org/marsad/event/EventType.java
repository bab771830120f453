package org.marsad.event;

/** What kind of thing happened: the event types of the export contract. */
public enum EventType {
    /** Talks, consultations, negotiations, a summit, a session held in person (or not said to be by phone). */
    MEETING,
    /** A phone or video call, or talks said to be held by phone or video. */
    CALL,
    /** Something said: made by the quotes stage, not by the event stage. */
    STATEMENT,
    /** A visit to a place or an arrival there. */
    VISIT,
    /** Drills, manoeuvres, strikes, attacks, deployments. */
    MILITARY,
    /** Sanctions, embargoes, asset freezes. */
    SANCTION,
    /** An agreement, treaty or memorandum signed or reached. */
    AGREEMENT,
    OTHER
}
