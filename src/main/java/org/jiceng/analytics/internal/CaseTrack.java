package org.jiceng.analytics.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jiceng.Beijing;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseFacts;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseState;

/**
 * What analytics remembers of one case: the fold of the events applied so far. Every part is either "the
 * latest wins" (by {@link Stamp}) or "the earliest wins", so applying an event twice, or two events in either
 * order, gives the same track: the outbox may redeliver after a crash and listeners run concurrently.
 *
 * @param facts        where the case is and who handles it, from the latest event
 * @param stamp        the latest event applied
 * @param state        the state after the latest event
 * @param lastAction   the latest move, {@code null} while the case is only filed
 * @param rating       the latest rating, replaced by a later one (a case reopened and rated again)
 * @param ratingStamp  the event that carried {@code rating}
 * @param responses    the first check-in or taking of the case by each handling unit ({@link #handler})
 */
public record CaseTrack(CaseFacts facts, Stamp stamp, CaseState state, CaseAction lastAction,
                        CaseMoved.Rating rating, Stamp ratingStamp, SortedMap<String, Instant> responses) {

    public CaseTrack {
        responses = Collections.unmodifiableSortedMap(new TreeMap<>(responses));
    }

    /** Orders the events of one case: time first, then filing before moves, then the loop's order. */
    public record Stamp(Instant at, int rank) implements Comparable<Stamp> {

        public static final Stamp NONE = new Stamp(Instant.EPOCH, -1);

        public Stamp {
            at = micros(at);
        }

        @Override
        public int compareTo(Stamp o) {
            int byTime = at.compareTo(o.at);
            return byTime != 0 ? byTime : Integer.compare(rank, o.rank);
        }

        boolean notBefore(Stamp o) {
            return compareTo(o) >= 0;
        }
    }

    public long caseId() {
        return facts.caseId();
    }

    /** The Beijing month the case was received in: the month it counts for, whatever happens later. */
    public YearMonth month() {
        return YearMonth.from(facts.receivedAt().atZone(Beijing.ZONE));
    }

    /** The handling unit now: "U" and the lead unit's id when one was whistled, else "N" and the territory node. */
    public String handler() {
        return handler(facts);
    }

    static String handler(CaseFacts facts) {
        return facts.leadUnitId() != null ? "U" + facts.leadUnitId() : "N" + facts.level().nodeOf(facts.territoryCode());
    }

    /** The counters row this case belongs to. */
    public CounterKey key() {
        boolean gridItself = facts.leadUnitId() == null && facts.level() == CaseLevel.GRID;
        String place = gridItself ? facts.territoryCode() : CaseLevel.VILLAGE.nodeOf(facts.territoryCode());
        return new CounterKey(month(), place, facts.leadUnitId() == null ? 0 : facts.leadUnitId(), facts.level());
    }

    /** Rejected cases (不予受理) and merged duplicates count for nobody. */
    public boolean counts() {
        return state != CaseState.REJECTED && lastAction != CaseAction.MERGE;
    }

    /** Whether the present handling unit checked in or took the case by the response deadline (inclusive). */
    public boolean respondedOnTime() {
        Instant first = responses.get(handler());
        return first != null && !first.isAfter(micros(facts.responseDueAt()));
    }

    static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The responses as stored: {@code U12=<epoch µs> N530326001001=<epoch µs>}. */
    public String encodedResponses() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, Instant> e : responses.entrySet()) {
            Instant at = e.getValue();
            text.append(text.isEmpty() ? "" : " ").append(e.getKey()).append('=')
                    .append(Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1000));
        }
        return text.toString();
    }

    public static SortedMap<String, Instant> decodeResponses(String text) {
        SortedMap<String, Instant> responses = new TreeMap<>();
        if (text != null && !text.isBlank()) {
            for (String pair : text.split(" ")) {
                int eq = pair.indexOf('=');
                long micros = Long.parseLong(pair.substring(eq + 1));
                responses.put(pair.substring(0, eq), Instant.EPOCH.plus(micros, ChronoUnit.MICROS));
            }
        }
        return responses;
    }
}
