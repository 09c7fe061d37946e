package org.jiceng.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseFacts;
import org.jiceng.cases.CaseFiled;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.Satisfaction;

/**
 * Drives cases at random around the loop of DESIGN §4 (reject, merge, escalate, whistle, return and
 * re-dispatch, late or on-time responses, ratings, reopening, auto-close, cases still open) and tells, for
 * each, the events the cases module publishes and the row it keeps — the row written independently of the
 * events, as {@code cases.case_file} holds it, so that a GROUP BY over rows checks the fold of the events.
 */
public final class CaseLoopSimulator {

    public record Category(String code, int responseHours) {
    }

    /** The case as cases.case_file holds it at the end. */
    public record Row(long id, String number, String territoryCode, String categoryCode, CaseChannel channel,
                      CaseState state, CaseLevel level, Long leadUnitId, Instant receivedAt, Instant responseDueAt,
                      Instant respondedAt, Instant dispatchedAt, Instant resolvedAt, Instant repliedAt,
                      Instant closedAt, CaseLevel closedLevel, Long mergedInto, CaseMoved.Rating rating,
                      int reopenCount) {
    }

    public record Story(List<Object> events, Row row) {
    }

    private static final CaseChannel[] CHANNELS = {CaseChannel.HOTLINE, CaseChannel.HOTLINE, CaseChannel.HOTLINE,
            CaseChannel.RESIDENT, CaseChannel.RESIDENT, CaseChannel.PATROL, CaseChannel.PATROL, CaseChannel.STAFF,
            CaseChannel.VISIT, CaseChannel.MEETING};

    private final List<String> places;
    private final List<Long> units;
    private final List<Category> categories;
    private final Instant from;
    private final long spanSeconds;

    /** Cases received uniformly between {@code from} and {@code to} at {@code places} (grid or village codes). */
    public CaseLoopSimulator(List<String> places, List<Long> units, List<Category> categories, Instant from, Instant to) {
        this.places = List.copyOf(places);
        this.units = List.copyOf(units);
        this.categories = List.copyOf(categories);
        this.from = from;
        this.spanSeconds = Duration.between(from, to).toSeconds();
    }

    public Story next(long id, SplittableRandom random) {
        return new Run(id, random).play();
    }

    private final class Run {
        final SplittableRandom r;
        final List<Object> events = new ArrayList<>();
        final long id;
        final String number;
        final String territory;
        final Category category;
        final CaseChannel channel;
        final Instant received;
        final Instant due;
        Instant t;
        CaseState state = CaseState.RECEIVED;
        CaseLevel level;
        CaseLevel dispatcher;
        Long lead;
        Instant respondedAt;
        Instant dispatchedAt;
        Instant resolvedAt;
        Instant repliedAt;
        Instant closedAt;
        CaseLevel closedLevel;
        Long mergedInto;
        CaseMoved.Rating rating;
        int reopens;

        Run(long id, SplittableRandom r) {
            this.id = id;
            this.r = r;
            this.received = from.plusSeconds(r.nextLong(spanSeconds)).plusNanos(r.nextInt(1_000_000) * 1000L);
            this.t = received;
            this.territory = places.get(r.nextInt(places.size()));
            this.category = categories.get(r.nextInt(categories.size()));
            this.channel = CHANNELS[r.nextInt(CHANNELS.length)];
            this.number = territory.substring(0, 6) + "-" + id;
            this.due = received.plus(Duration.ofHours(category.responseHours()));
            int p = r.nextInt(100);
            this.level = p < 40 ? CaseLevel.GRID : p < 75 ? CaseLevel.VILLAGE : p < 92 ? CaseLevel.TOWN : CaseLevel.COUNTY;
        }

        CaseFacts facts() {
            return new CaseFacts(id, number, territory, category.code(), channel, level, lead, received, due, null);
        }

        void move(CaseAction action, CaseState to, long seconds, CaseMoved.Rating given) {
            t = t.plusSeconds(Math.max(1, seconds));
            events.add(new CaseMoved(facts(), action, state, to, t, "sim", null, given, null));
            state = to;
        }

        /** A response of the present handling unit: mostly on time, now and then exactly at the deadline or late. */
        void respond(CaseAction action, CaseState to) {
            int p = r.nextInt(100);
            long left = Duration.between(t, due).toSeconds();
            long seconds = p < 5 && left >= 1 ? left : p < 85 && left > 1 ? 1 + r.nextLong(left) : left + 1 + r.nextLong(172_800);
            move(action, to, seconds, null);
            if (respondedAt == null) {
                respondedAt = t;
            }
        }

        Story play() {
            events.add(new CaseFiled(facts()));
            if (stop(2)) {
                return story();
            }
            int p = r.nextInt(100);
            if (p < 3) {
                move(CaseAction.REJECT, CaseState.REJECTED, 600 + r.nextInt(7200), null);
                return story();
            }
            if (p < 5 && id > 1) {
                mergedInto = 1 + r.nextLong(id - 1);
                move(CaseAction.MERGE, CaseState.CLOSED, 300 + r.nextInt(3600), null);
                return story();
            }
            move(CaseAction.ACCEPT, CaseState.ACCEPTED, 60 + r.nextInt(3600), null);
            if (r.nextInt(100) < 8 && level != CaseLevel.COUNTY) {
                level = level.up();   // escalated before anyone took it: the level above must respond
                move(CaseAction.ESCALATE, CaseState.ACCEPTED, 600 + r.nextInt(7200), null);
            }
            if (stop(2)) {
                return story();
            }
            if (r.nextInt(100) < 25) {
                whistle();
                if (r.nextInt(100) < 6 && units.size() > 1) {   // returned within a day, whistled to another department
                    Long first = lead;
                    lead = null;
                    level = dispatcher;
                    respondedAt = null;
                    move(CaseAction.RETURN, CaseState.ACCEPTED, 600 + r.nextInt(20_000), null);
                    do {
                        lead = units.get(r.nextInt(units.size()));
                    } while (lead.equals(first));
                    level = CaseLevel.COUNTY;
                    move(CaseAction.DISPATCH, CaseState.DISPATCHED, 300 + r.nextInt(3600), null);
                    dispatchedAt = t;
                    if (r.nextInt(100) < 30) {   // an assisting unit checks in first: no response of the lead's
                        move(CaseAction.CHECK_IN, CaseState.DISPATCHED, 60 + r.nextInt(600), null);
                    }
                    respond(CaseAction.CHECK_IN, CaseState.IN_PROGRESS);
                }
            } else {
                respond(CaseAction.HANDLE, CaseState.IN_PROGRESS);
            }
            return resolveAndRate();
        }

        void whistle() {
            lead = units.get(r.nextInt(units.size()));
            dispatcher = level;
            level = CaseLevel.COUNTY;   // as the cases module does: a whistled department works at the county
            move(CaseAction.DISPATCH, CaseState.DISPATCHED, 300 + r.nextInt(3600), null);
            dispatchedAt = t;
            if (stop(3)) {
                return;
            }
            respond(CaseAction.CHECK_IN, CaseState.IN_PROGRESS);
        }

        Story resolveAndRate() {
            while (state == CaseState.IN_PROGRESS) {
                if (stop(3)) {
                    return story();
                }
                move(CaseAction.RESOLVE, CaseState.RESOLVED, 3600 + r.nextLong(400_000), null);
                resolvedAt = t;
                move(CaseAction.VERIFY, CaseState.VERIFIED, 600 + r.nextInt(40_000), null);
                move(CaseAction.REPLY, CaseState.REPLIED, 600 + r.nextInt(40_000), null);
                repliedAt = t;
                if (stop(2)) {
                    return story();
                }
                if (r.nextInt(100) < 22) {
                    move(CaseAction.AUTO_CLOSE, CaseState.CLOSED, 7 * 86_400 + r.nextInt(3600), null);
                    break;
                }
                int s = r.nextInt(100);
                CaseMoved.Rating given = new CaseMoved.Rating(r.nextInt(100) < 88,
                        s < 75 ? Satisfaction.SATISFIED : s < 90 ? Satisfaction.BASIC : Satisfaction.UNSATISFIED);
                rating = given;
                boolean unhappy = !given.solved() || given.satisfaction() == Satisfaction.UNSATISFIED;
                if (unhappy && reopens == 0 && r.nextBoolean()) {
                    reopens++;
                    move(CaseAction.RATE, CaseState.REOPENED, 3600 + r.nextInt(200_000), given);
                    move(CaseAction.REOPEN, CaseState.IN_PROGRESS, 600 + r.nextInt(7200), null);
                } else {
                    move(CaseAction.RATE, CaseState.CLOSED, 3600 + r.nextInt(200_000), given);
                }
            }
            if (state == CaseState.CLOSED) {
                closedAt = t;
                closedLevel = lead != null ? CaseLevel.COUNTY : level;
            }
            return story();
        }

        /** Whether the case stops here, still open at the end of the period: {@code percent} in a hundred. */
        boolean stop(int percent) {
            return r.nextInt(100) < percent;
        }

        Story story() {
            if (state == CaseState.CLOSED && mergedInto != null) {
                closedAt = t;
            }
            return new Story(List.copyOf(events), new Row(id, number, territory, category.code(), channel, state, level,
                    lead, received, due, respondedAt, dispatchedAt, resolvedAt, repliedAt, closedAt, closedLevel,
                    mergedInto, rating, reopens));
        }
    }
}
