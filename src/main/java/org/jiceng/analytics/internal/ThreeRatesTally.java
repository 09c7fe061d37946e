package org.jiceng.analytics.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.Satisfaction;

/**
 * The three rates folded from the case loop's events, with no Spring and no database: the listener keeps
 * one {@link CaseTrack} per case in a table and applies {@link #delta} to the counters table; the benchmark
 * and the tests keep them in memory ({@link #add}). Rules (DESIGN §4, decided here):
 * <ul>
 *   <li>A case counts for the Beijing month it was received in, for its present handling unit: the lead unit
 *       when one was whistled, else the territory node at its level. Re-dispatch, escalation or return move
 *       the whole case to the new unit.</li>
 *   <li>Responded on time: the present handling unit checked in ({@code CHECK_IN}) or took the case at its
 *       own level ({@code HANDLE}) at or before {@code responseDueAt}. Accepting ({@code ACCEPT}) is triage
 *       and is no response: a village that accepts and then whistles a department has not taken the case.
 *       Only the unit's first response counts, so a reopened case needs no new one. An assisting unit's
 *       check-in (协办报到, the state stays) is not the lead's.</li>
 *   <li>Rated: the case has a rating; the latest rating replaces an earlier one (reopened after an
 *       unsatisfied rating and rated again). A case auto-closed unrated counts as a case but not as rated.</li>
 *   <li>Closed: the case is {@code CLOSED} (rated or auto-closed), at the level it is handled at.</li>
 *   <li>Rejected cases (不予受理) and duplicates merged into another case count for nobody: the case they
 *       were merged into counts once.</li>
 * </ul>
 */
public final class ThreeRatesTally {

    private static final Set<CaseAction> RESPONSES = EnumSet.of(CaseAction.CHECK_IN, CaseAction.HANDLE);

    private final Map<CounterKey, Counts> counters = new TreeMap<>();

    public static CaseTrack fold(CaseTrack before, CaseFiled filed) {
        CaseTrack.Stamp stamp = new CaseTrack.Stamp(filed.facts().receivedAt(), 0);
        if (before == null) {
            return new CaseTrack(filed.facts(), stamp, CaseState.RECEIVED, null, null, CaseTrack.Stamp.NONE,
                    Collections.emptySortedMap());
        }
        if (!stamp.notBefore(before.stamp())) {
            return before;
        }
        return new CaseTrack(filed.facts(), stamp, CaseState.RECEIVED, null, before.rating(), before.ratingStamp(),
                before.responses());
    }

    public static CaseTrack fold(CaseTrack before, CaseMoved moved) {
        CaseTrack.Stamp stamp = new CaseTrack.Stamp(moved.at(), 1 + moved.action().ordinal());
        CaseTrack base = before != null ? before : new CaseTrack(moved.facts(), CaseTrack.Stamp.NONE,
                CaseState.RECEIVED, null, null, CaseTrack.Stamp.NONE, Collections.emptySortedMap());
        boolean latest = stamp.notBefore(base.stamp());
        boolean rating = moved.rating() != null && stamp.notBefore(base.ratingStamp());
        SortedMap<String, java.time.Instant> responses = base.responses();
        if (RESPONSES.contains(moved.action()) && moved.from() != moved.to()) {   // not an assisting unit's check-in
            responses = new TreeMap<>(responses);
            responses.merge(CaseTrack.handler(moved.facts()), CaseTrack.micros(moved.at()),
                    (a, b) -> a.isBefore(b) ? a : b);
        }
        return new CaseTrack(latest ? moved.facts() : base.facts(), latest ? stamp : base.stamp(),
                latest ? moved.to() : base.state(), latest ? moved.action() : base.lastAction(),
                rating ? moved.rating() : base.rating(), rating ? stamp : base.ratingStamp(), responses);
    }

    /** The case's part in its counters row: zero for a case that counts for nobody (or no case at all). */
    public static Counts contribution(CaseTrack track) {
        if (track == null || !track.counts()) {
            return Counts.ZERO;
        }
        CaseMoved.Rating rating = track.rating();
        boolean rated = rating != null;
        return new Counts(1, track.respondedOnTime() ? 1 : 0, rated ? 1 : 0, rated && rating.solved() ? 1 : 0,
                rated && rating.satisfaction() == Satisfaction.SATISFIED ? 1 : 0,
                rated && rating.satisfaction() == Satisfaction.BASIC ? 1 : 0,
                track.state() == CaseState.CLOSED ? 1 : 0);
    }

    /** What the counters must change by when a case's track goes from {@code before} to {@code after}, by key in order. */
    public static SortedMap<CounterKey, Counts> delta(CaseTrack before, CaseTrack after) {
        SortedMap<CounterKey, Counts> delta = new TreeMap<>();
        if (before != null) {
            delta.merge(before.key(), contribution(before).negated(), Counts::plus);
        }
        if (after != null) {
            delta.merge(after.key(), contribution(after), Counts::plus);
        }
        delta.values().removeIf(Counts::isZero);
        return delta;
    }

    /** Applies the change of one case's track to the counters kept in memory. */
    public void add(CaseTrack before, CaseTrack after) {
        delta(before, after).forEach((key, change) -> {
            Counts sum = counters.getOrDefault(key, Counts.ZERO).plus(change);
            if (sum.isZero()) {
                counters.remove(key);
            } else {
                counters.put(key, sum);
            }
        });
    }

    public Map<CounterKey, Counts> counters() {
        return Collections.unmodifiableMap(counters);
    }
}
