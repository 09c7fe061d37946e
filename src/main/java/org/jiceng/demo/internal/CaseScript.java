package org.jiceng.demo.internal;

import static org.jiceng.demo.internal.CaseLife.Actor.GRID;
import static org.jiceng.demo.internal.CaseLife.Actor.REPORTER;
import static org.jiceng.demo.internal.CaseLife.Actor.TOWN;
import static org.jiceng.demo.internal.CaseLife.Actor.UNIT;
import static org.jiceng.demo.internal.CaseLife.Actor.VILLAGE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.Satisfaction;
import org.jiceng.demo.ComplaintTexts;
import org.jiceng.demo.internal.CaseLife.Actor;
import org.jiceng.demo.internal.CaseLife.Outcome;
import org.jiceng.demo.internal.CaseLife.Step;

/**
 * The life of one case, as people live it: accepted within its response time (now and then late), handled on the
 * spot or whistled to a department (which now and then returns it, or asks for more time), escalated when the
 * village cannot, resolved (some late, some only explained: 办不了要解释), verified, replied, and rated by a
 * reporter who filed it themselves (some unhappy, so it is done again). Pure: a random source in, a script out.
 */
final class CaseScript {

    /** Shares of the outcomes, in percent. */
    static final int REJECTED = 3, DISPATCHED = 30, RETURNED = 4, ESCALATED = 10, EXPLAINED = 6;
    /** Chances in percent: late response, late check-in, late resolve, an extension, an unhappy rating. */
    static final int LATE_RESPONSE = 5, LATE_CHECK_IN = 6, LATE_RESOLVE = 8, EXTENSION = 6, UNHAPPY = 8;
    /** Residents a grid's reports come from, and the few who report again and again. */
    static final int REPORTERS_A_GRID = 40, FREQUENT = 3, FREQUENT_SHARE = 12;

    private final Map<String, YearPlan.Category> categories;

    CaseScript(Map<String, YearPlan.Category> categories) {
        this.categories = categories;
    }

    CaseLife life(SplittableRandom random, Instant filed, CaseChannel channel, String categoryCode, YearPlan.Place place) {
        YearPlan.Category category = categories.get(categoryCode);
        int slot = random.nextInt(100) < FREQUENT_SHARE ? random.nextInt(FREQUENT) : random.nextInt(REPORTERS_A_GRID);
        String description = ComplaintTexts.write(random, categoryCode, place.gridName()).text();
        int roll = random.nextInt(100);
        Outcome outcome = roll < REJECTED ? Outcome.REJECTED
                : roll < REJECTED + DISPATCHED ? Outcome.DISPATCHED
                : roll < REJECTED + DISPATCHED + RETURNED ? Outcome.RETURNED
                : roll < REJECTED + DISPATCHED + RETURNED + ESCALATED ? Outcome.ESCALATED
                : roll < REJECTED + DISPATCHED + RETURNED + ESCALATED + EXPLAINED ? Outcome.EXPLAINED
                : Outcome.ON_THE_SPOT;
        return new CaseLife(-1, filed, channel, categoryCode, place, slot, description,
                steps(random, filed, channel, category, outcome), outcome);
    }

    /** The life numbered, its steps cut at the end of the year. */
    CaseLife finish(CaseLife life, int index, Instant until) {
        List<Step> steps = life.steps().stream().filter(s -> s.at().isBefore(until)).toList();
        return new CaseLife(index, life.filedAt(), life.channel(), life.categoryCode(), life.place(), life.reporterSlot(),
                life.description(), steps, life.outcome());
    }

    private List<Step> steps(SplittableRandom random, Instant filed, CaseChannel channel, YearPlan.Category category,
                             Outcome outcome) {
        List<Step> steps = new ArrayList<>();
        Clock t = new Clock(filed);
        boolean dispatched = outcome == Outcome.DISPATCHED || outcome == Outcome.RETURNED;
        // 小事不出网格: what is handled on the spot is mostly the grid's and the village's
        int where = random.nextInt(100);
        Actor handler = outcome == Outcome.ESCALATED ? TOWN : dispatched ? VILLAGE
                : where < 50 ? GRID : where < 85 ? VILLAGE : TOWN;
        Actor overseer = handler == GRID ? VILLAGE : handler;
        if (dispatched) {
            overseer = TOWN;
        }
        double response = category.responseHours();
        t.pass(chance(random, LATE_RESPONSE) ? response * 1.5 + 1 : response * between(random, 0.05, 0.8));
        if (outcome == Outcome.REJECTED) {
            steps.add(Step.of(t.now, CaseAction.REJECT, handler == GRID ? VILLAGE : handler, "经核实不属于本平台受理范围，已告知反映人通过相应途径解决"));
            return steps;
        }
        steps.add(Step.of(t.now, CaseAction.ACCEPT, outcome == Outcome.ESCALATED ? VILLAGE : handler, null));
        if (outcome == Outcome.ESCALATED) {
            t.pass(between(random, 1, 24));
            steps.add(Step.of(t.now, CaseAction.ESCALATE, VILLAGE, "村（社区）难以协调解决，上报街道统筹"));
        }
        if (outcome == Outcome.RETURNED) {
            t.pass(between(random, 0.2, 3));
            steps.add(dispatch(t.now, "县信访局".equals(CaseMix.department(category.code())) ? "县民政局" : "县信访局"));
            t.pass(between(random, 0.5, 4));
            steps.add(Step.of(t.now, CaseAction.RETURN, UNIT, "不属于本部门职责，请改派主管部门"));
        }
        if (dispatched) {
            t.pass(between(random, 0.2, 3));
            steps.add(dispatch(t.now, CaseMix.department(category.code())));
            double checkIn = category.checkInHours();
            t.pass(chance(random, LATE_CHECK_IN) ? checkIn * 1.5 + 1 : checkIn * between(random, 0.1, 0.9));
            steps.add(Step.of(t.now, CaseAction.CHECK_IN, UNIT, null));
        } else {
            t.pass(between(random, 0.2, 2));
            steps.add(Step.of(t.now, CaseAction.HANDLE, handler, null));
        }
        Actor resolver = dispatched ? UNIT : handler;
        resolve(random, t, steps, category, outcome, resolver, overseer);
        if (channel == CaseChannel.RESIDENT) {
            t.pass(between(random, 2, 60));
            boolean unhappy = outcome != Outcome.EXPLAINED && chance(random, UNHAPPY);
            steps.add(rating(t.now, !unhappy, unhappy ? Satisfaction.UNSATISFIED
                    : outcome == Outcome.EXPLAINED || chance(random, 15) ? Satisfaction.BASIC : Satisfaction.SATISFIED));
            if (unhappy) {
                resolve(random, t, steps, category, Outcome.ON_THE_SPOT, resolver, overseer);
                t.pass(between(random, 2, 60));
                steps.add(rating(t.now, true, Satisfaction.BASIC));
            }
        }
        return steps;
    }

    /** Resolved (on time, late, or after an approved extension), verified and replied to. */
    private static void resolve(SplittableRandom random, Clock t, List<Step> steps, YearPlan.Category category,
                                Outcome outcome, Actor resolver, Actor overseer) {
        double days = category.resolveDays();
        if (chance(random, EXTENSION)) {
            t.pass(between(random, 2, 20));
            steps.add(new Step(t.now, CaseAction.EXTEND, resolver, "需协调多个部门、等待材料，申请延期", null, 5, null, null));
            t.pass(between(random, 0.5, 6));
            steps.add(Step.of(t.now, CaseAction.APPROVE_EXTENSION, overseer, null));
            t.pass(days * 24 * between(random, 0.3, 1.2));
        } else {
            t.pass(chance(random, LATE_RESOLVE) ? days * 24 * between(random, 1.8, 2.6) + 24
                    : days * 24 * between(random, 0.05, 0.7));
        }
        String result = outcome == Outcome.EXPLAINED
                ? "办不了要解释：按现行政策暂不能办理，已当面向反映人说明依据和可走的其他途径"
                : resolver == UNIT ? "主办部门已到现场处置完毕，问题已解决" : "已现场协调处理，问题已解决";
        steps.add(Step.of(t.now, CaseAction.RESOLVE, resolver, result));
        t.pass(between(random, 2, 20));
        steps.add(Step.of(t.now, CaseAction.VERIFY, overseer, null));
        t.pass(between(random, 0.5, 4));
        steps.add(Step.of(t.now, CaseAction.REPLY, overseer, outcome == Outcome.EXPLAINED
                ? "您反映的问题经研究暂不具备办理条件，已向您说明原因，感谢理解" : "您反映的问题已办理完毕，感谢您的监督"));
    }

    private static Step dispatch(Instant at, String department) {
        return new Step(at, CaseAction.DISPATCH, TOWN, null, department, null, null, null);
    }

    private static Step rating(Instant at, boolean solved, Satisfaction satisfaction) {
        return new Step(at, CaseAction.RATE, REPORTER, null, null, null, solved, satisfaction);
    }

    private static boolean chance(SplittableRandom random, int percent) {
        return random.nextInt(100) < percent;
    }

    private static double between(SplittableRandom random, double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    /** The script's own time, moving forward only. */
    private static final class Clock {
        Instant now;

        Clock(Instant start) {
            now = start;
        }

        void pass(double hours) {
            now = now.plus(YearPlan.hours(hours));
        }
    }
}
