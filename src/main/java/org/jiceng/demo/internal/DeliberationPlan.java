package org.jiceng.demo.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.jiceng.deliberation.MeetingKind;
import org.jiceng.deliberation.TopicStep;

/**
 * The year's deliberation, planned from the seed alone (pure): every community's topics of 六步议事 — a few a
 * month, so about a hundred a year in 古城街道 — and how far each gets; each town's monthly 民情分析会 and each
 * community's 民情晨会 (every other Monday at town scale, monthly at county scale, where there are many more),
 * with the topics they deliberate; and a handful of owners' votes. Days only: the runner gives each its hour.
 */
final class DeliberationPlan {

    /** Topics a town's communities propose in a year together (a few a month each in a town of a dozen). */
    static final int TOPICS_A_TOWN = 100;

    record Village(String code, String name, List<String> grids) {
    }

    record Town(String code, String name, List<Village> villages) {
    }

    enum Proposer { RESIDENT, GRID_WORKER, STAFF }

    /**
     * A topic: where, what ({@link TopicPhrases#MATTERS} index), who proposes it and when, how many support it, and
     * the step it ends the year at; {@code meeting} is the index of the 民情晨会 that deliberates it (-1: none).
     */
    record Topic(int index, String village, String grid, int matter, Proposer proposer, int slot, LocalDate proposed,
                 int supports, boolean commented, TopicStep fate, int meeting, boolean opensCase) {
    }

    /** A meeting: of a town (民情分析会) or of a community (民情晨会), and how many came. */
    record Meeting(int index, MeetingKind kind, String territory, String name, LocalDate day, int attendees) {
    }

    record Ballot(int index, LocalDate opens, LocalDate closes, int matter, int turnoutPercent) {
    }

    record Plan(List<Topic> topics, List<Meeting> meetings, List<Ballot> ballots) {
    }

    private DeliberationPlan() {
    }

    /** The plan of the days {@code firstDay} to {@code lastDay}; {@code county}: the scale with fewer meetings. */
    static Plan of(long seed, List<Town> towns, LocalDate firstDay, LocalDate lastDay, boolean county) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x6c69_6665L);
        List<Meeting> meetings = new ArrayList<>();
        List<Topic> topics = new ArrayList<>();
        for (Town town : towns) {
            for (YearMonth m = YearMonth.from(firstDay); !m.atDay(1).isAfter(lastDay); m = m.plusMonths(1)) {
                // the fifth of the month, or the next weekday: last month's figures are in by then
                LocalDate day = weekday(m.atDay(5));
                if (!day.isBefore(firstDay) && !day.isAfter(lastDay)) {
                    meetings.add(new Meeting(meetings.size(), MeetingKind.ANALYSIS, town.code(), town.name(), day,
                            8 + random.nextInt(8)));
                }
            }
            double perMonth = Math.min(2.0, TOPICS_A_TOWN / (12.0 * Math.max(1, town.villages().size())));
            for (Village village : town.villages()) {
                List<Meeting> mornings = new ArrayList<>();
                LocalDate monday = firstDay.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                for (LocalDate d = monday; !d.isAfter(lastDay); d = d.plusWeeks(county ? 4 : 2)) {
                    Meeting meeting = new Meeting(meetings.size(), MeetingKind.MORNING, village.code(), village.name(), d,
                            5 + random.nextInt(6));
                    meetings.add(meeting);
                    mornings.add(meeting);
                }
                for (YearMonth m = YearMonth.from(firstDay); !m.atDay(1).isAfter(lastDay); m = m.plusMonths(1)) {
                    int count = (int) Math.floor(perMonth + random.nextDouble());
                    for (int i = 0; i < count; i++) {
                        LocalDate proposed = m.atDay(1 + random.nextInt(m.lengthOfMonth()));
                        if (proposed.isBefore(firstDay) || proposed.isAfter(lastDay.minusDays(1))) {
                            continue;
                        }
                        topics.add(topic(random, topics.size(), village, proposed, lastDay, mornings));
                    }
                }
            }
        }
        topics.sort(Comparator.comparing(Topic::proposed).thenComparing(Topic::index));
        return new Plan(topics, meetings, ballots(random, firstDay, lastDay));
    }

    private static Topic topic(SplittableRandom random, int index, Village village, LocalDate proposed, LocalDate lastDay,
                               List<Meeting> mornings) {
        String grid = village.grids().isEmpty() ? village.code() : village.grids().get(random.nextInt(village.grids().size()));
        int roll = random.nextInt(100);
        Proposer proposer = roll < 55 ? Proposer.RESIDENT : roll < 80 ? Proposer.GRID_WORKER : Proposer.STAFF;
        int matter = random.nextInt(TopicPhrases.MATTERS.size());
        int fateRoll = random.nextInt(100);
        // one in eight is declined, the rest go as far as the days left allow
        TopicStep fate = fateRoll < 12 ? TopicStep.DECLINED : fateRoll < 20 ? TopicStep.CONFIRMED : TopicStep.REVIEWED;
        int meeting = -1;
        if (fate == TopicStep.REVIEWED) {
            LocalDate earliest = proposed.plusDays(4);
            Meeting next = mornings.stream().filter(m -> !m.day().isBefore(earliest)).findFirst().orElse(null);
            if (next == null) {
                fate = proposed.plusDays(3).isAfter(lastDay) ? TopicStep.COLLECTED : TopicStep.CONFIRMED;
            } else {
                meeting = next.index();
                fate = next.day().plusDays(30).isAfter(lastDay) ? next.day().plusDays(7).isAfter(lastDay)
                        ? TopicStep.RESOLVED : TopicStep.EXECUTING : TopicStep.REVIEWED;
            }
        } else if (proposed.plusDays(3).isAfter(lastDay)) {
            fate = TopicStep.COLLECTED;
        }
        boolean opensCase = meeting >= 0 && TopicPhrases.MATTERS.get(matter).caseCategory() != null && random.nextInt(3) == 0;
        return new Topic(index, village.code(), grid, matter, proposer, random.nextInt(8), proposed, random.nextInt(6),
                random.nextInt(3) > 0, fate, meeting, opensCase);
    }

    /** Four owners' votes spread over the year, each open two weeks. */
    private static List<Ballot> ballots(SplittableRandom random, LocalDate firstDay, LocalDate lastDay) {
        List<Ballot> ballots = new ArrayList<>();
        long days = lastDay.toEpochDay() - firstDay.toEpochDay();
        for (int i = 0; i < TopicPhrases.BALLOTS.size(); i++) {
            LocalDate opens = weekday(firstDay.plusDays(days * i / TopicPhrases.BALLOTS.size() + random.nextInt(20)));
            LocalDate closes = opens.plusDays(14);
            if (closes.isBefore(lastDay)) {
                ballots.add(new Ballot(i, opens, closes, i, 60 + random.nextInt(36)));
            }
        }
        return ballots;
    }

    private static LocalDate weekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }
}
