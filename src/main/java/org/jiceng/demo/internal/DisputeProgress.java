package org.jiceng.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.Page;
import org.jiceng.mediation.DisputeSteps;
import org.jiceng.mediation.DisputeView;
import org.jiceng.mediation.MediatorKind;
import org.jiceng.mediation.Referral;
import org.jiceng.mediation.SessionMode;
import org.jiceng.platform.ThreadTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The disputes the year registered, moved on by their community's mediators a few days after registration: most
 * settled by an agreement, some referred to court, arbitration or a petition, some still being mediated, the rest
 * (the newest, and one in six) still waiting. Which by the dispute's number and the seed, so the same year ends the
 * same; in one transaction with its mark in demo.year_part.
 */
@Component
class DisputeProgress {

    private static final Logger log = LoggerFactory.getLogger(DisputeProgress.class);

    enum Outcome { WAITING, MEDIATING, AGREED, REFERRED }

    private static final String[] MEDIATORS = {"赵明", "孙丽", "陈红", "刘建华", "杨桂英", "马永昌"};
    private static final MediatorKind[] KINDS = {MediatorKind.JUDICIAL_OFFICE, MediatorKind.COMMUNITY_WORKER,
            MediatorKind.PARTY_VOLUNTEER, MediatorKind.FULL_TIME_MEDIATOR, MediatorKind.COMMUNITY_WORKER,
            MediatorKind.COMMUNITY_POLICE};
    private static final String[] TERMS = {
            "一、双方互谅互让，被申请人于十五日内清除占用部分，恢复原状；二、今后如有争议，先找网格员协商。",
            "一、双方按约定分担费用，各承担一半；二、由社区在一个月内回访，确认履行情况。",
            "一、被申请人向申请人赔礼道歉；二、双方约定不再因此事发生争执，相互尊重。"};

    private final DisputeSteps steps;
    private final YearParts parts;
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;

    DisputeProgress(DisputeSteps steps, YearParts parts, PlatformTransactionManager transactions) {
        this.steps = steps;
        this.parts = parts;
        this.transaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Where a dispute ends the year: by its number and the seed alone. Pure. */
    static Outcome outcome(long seed, String number) {
        int roll = Math.floorMod(Long.hashCode(seed * 31 + number.hashCode() * 0x9E3779B9L), 100);
        return roll < 55 ? Outcome.AGREED : roll < 68 ? Outcome.REFERRED : roll < 83 ? Outcome.MEDIATING : Outcome.WAITING;
    }

    /** Moves the registered disputes of the year's towns on, unless done already; how many moved. */
    int generate(long seed, Instant until, YearRunner.Setting setting) {
        if (parts.done(YearParts.MEDIATION)) {
            return 0;
        }
        List<DisputeView> waiting = registered(setting);
        waiting.sort(Comparator.comparing(DisputeView::number));
        int[] moved = {0};
        int[] refused = {0};
        try {
            transaction.executeWithoutResult(status -> {
                for (DisputeView d : waiting) {
                    Outcome outcome = outcome(seed, d.number());
                    Instant session = d.registeredAt().toInstant().plus(Duration.ofHours(24 + Math.floorMod(d.number().hashCode(), 96)));
                    if (outcome == Outcome.WAITING || session.plus(Duration.ofHours(3)).isAfter(until)) {
                        continue;
                    }
                    CurrentUser mediator = setting.actors().villageStaff(d.territoryCode().substring(0, 12));
                    int k = Math.floorMod(d.number().hashCode(), MEDIATORS.length);
                    try {
                        savepoint.executeWithoutResult(s -> move(d, outcome, mediator, k, session));
                        moved[0]++;
                    } catch (RuntimeException e) {
                        // counted, not logged: the message may name a party
                        refused[0]++;
                    }
                }
                ThreadTime.set(until);
                parts.markDone(YearParts.MEDIATION, moved[0], until);
            });
        } finally {
            ThreadTime.clear();
        }
        log.info("演示年度数据：纠纷 {} 件中推进 {} 件（规则不允许而略去 {} 件）", waiting.size(), moved[0], refused[0]);
        return moved[0];
    }

    private void move(DisputeView d, Outcome outcome, CurrentUser mediator, int k, Instant session) {
        ThreadTime.set(session);
        steps.mediate(mediator, d.id(), MEDIATORS[k], KINDS[k], "本村（社区）人民调解委员会",
                k % 3 == 0 ? SessionMode.ONLINE : SessionMode.IN_PERSON,
                "双方到场陈述各自理由，调解员释法说理，现场查看争议情况。");
        ThreadTime.set(session.plus(Duration.ofHours(2)));
        if (outcome == Outcome.AGREED) {
            steps.settle(mediator, d.id(), TERMS[k % TERMS.length], "协议签订后十五日内履行，社区负责回访。");
        } else if (outcome == Outcome.REFERRED) {
            Referral referral = k % 3 == 0 ? Referral.ARBITRATION : k % 3 == 1 ? Referral.LAWSUIT : Referral.PETITION;
            steps.referOn(mediator, d.id(), referral, "双方分歧较大，经多次调解未能达成一致，已告知依法解决的途径。");
        }
    }

    private List<DisputeView> registered(YearRunner.Setting setting) {
        List<DisputeView> all = new ArrayList<>();
        String after = null;
        do {
            Page<DisputeView> page = steps.registered(setting.reader(), after, Page.MAX_LIMIT);
            page.items().stream().filter(d -> setting.townNames().keySet().stream().anyMatch(d.territoryCode()::startsWith))
                    .forEach(all::add);
            after = page.next();
        } while (after != null);
        return all;
    }
}
