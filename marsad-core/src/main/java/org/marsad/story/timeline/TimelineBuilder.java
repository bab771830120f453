package org.marsad.story.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.dating.DayRange;

/**
 * Turns the event mentions of a story's articles into its timeline: mentions of one real-world
 * event become one entry citing them all, and entries are put in date order.
 *
 * <p>Two mentions tell one event when they are of one type, their dates overlap (7 December
 * and "the week of 6 December" do), and their parties agree: they share a participant or the
 * place, or neither names parties the other contradicts. Two meetings on one day with different
 * participants, or in different cities, stay two entries. Mentions are taken most precisely
 * dated first, so a vague mention joins the entry its precise telling opened.
 */
public final class TimelineBuilder {
    /** Dates vaguer than a year (decades, centuries) place nothing on a story's timeline. */
    private static final long MAX_DAYS = 366;

    public List<TimelineEntry> build(List<EventMention> mentions) {
        List<EventMention> dated = new ArrayList<>();
        for (EventMention m : mentions) {
            if (m.days() != null && m.days().days() <= MAX_DAYS) {
                dated.add(m);
            }
        }
        dated.sort(Comparator.comparingLong((EventMention m) -> m.days().days())
                .thenComparing(m -> !m.happened()));
        List<Group> groups = new ArrayList<>();
        for (EventMention m : dated) {
            Group g = groups.stream().filter(x -> x.takes(m)).findFirst().orElse(null);
            if (g == null) {
                groups.add(new Group(m));
            } else {
                g.add(m);
            }
        }
        groups.sort(Comparator.comparingLong((Group g) -> g.days.first()).thenComparingLong(g -> g.days.last()));
        List<TimelineEntry> entries = new ArrayList<>(groups.size());
        for (Group g : groups) {
            entries.add(g.entry());
        }
        return entries;
    }

    /** The mentions of one event. */
    private static final class Group {
        final String type;
        final DayRange days;
        final String date;
        final List<EventMention> members = new ArrayList<>();
        final Set<String> participants = new LinkedHashSet<>();
        final Set<String> places = new LinkedHashSet<>();

        Group(EventMention first) {
            type = first.type();
            days = first.days();
            date = dayPart(first.date());
            add(first);
        }

        void add(EventMention m) {
            members.add(m);
            participants.addAll(m.participants());
            if (m.place() != null) {
                places.add(m.place());
            }
        }

        boolean takes(EventMention m) {
            if (!type.equals(m.type()) || !days.overlaps(m.days())) {
                return false;
            }
            boolean shared = m.participants().stream().anyMatch(participants::contains)
                    || m.place() != null && places.contains(m.place());
            boolean conflict = !m.participants().isEmpty() && !participants.isEmpty()
                    || m.place() != null && !places.isEmpty();
            return shared || !conflict;
        }

        TimelineEntry entry() {
            Map<String, Integer> partyCounts = new LinkedHashMap<>();
            Map<String, Integer> placeCounts = new HashMap<>();
            boolean inferred = true;
            String status = "POSSIBLE";
            List<TimelineEntry.Source> sources = new ArrayList<>();
            for (EventMention m : members) {
                m.participants().forEach(p -> partyCounts.merge(p, 1, Integer::sum));
                if (m.place() != null) {
                    placeCounts.merge(m.place(), 1, Integer::sum);
                }
                inferred &= m.dateInferred();
                status = stronger(status, m.status());
                TimelineEntry.Source s = new TimelineEntry.Source(m.article(), m.start(), m.end());
                if (!sources.contains(s)) {
                    sources.add(s);
                }
            }
            List<String> parties = new ArrayList<>(partyCounts.keySet());
            parties.sort((a, b) -> partyCounts.get(b) - partyCounts.get(a)); // stable: first seen first on ties
            String place = placeCounts.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse(null);
            return new TimelineEntry(date, inferred, type, summary(), parties, place, status, sources);
        }

        /** The sentence that says most of the event: most parties named, told as having happened, not overlong. */
        private String summary() {
            EventMention best = null;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (EventMention m : members) {
                double score = m.participants().size() + (m.place() != null ? 1 : 0) + (m.happened() ? 1 : 0)
                        + (m.dateInferred() ? 0 : 0.5) - Math.max(0, m.sentence().length() - 250) / 100.0;
                if (score > bestScore) {
                    bestScore = score;
                    best = m;
                }
            }
            return best.sentence().strip().replaceAll("\\s+", " ");
        }

        private static String stronger(String a, String b) {
            return rank(b) > rank(a) ? b : a;
        }

        private static int rank(String status) {
            return switch (status) {
                case "HAPPENED" -> 2;
                case "PLANNED" -> 1;
                default -> 0;
            };
        }

        /** A time of day says more than a timeline needs: {@code 2021-12-30T20:30Z} is placed on its day. */
        private static String dayPart(String value) {
            int t = value.indexOf('T');
            return t > 0 && value.indexOf('/') < 0 ? value.substring(0, t) : value;
        }
    }
}
