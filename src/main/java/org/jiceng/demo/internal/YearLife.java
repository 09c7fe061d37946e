package org.jiceng.demo.internal;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The year's life beside its cases, written once its months of cases are: deliberation (topics, meetings, ballots)
 * and then the mediation of the disputes the cases registered — after the cases, because the disputes come from
 * them and the meetings look back on them. Each part is written whole or not at all, and only once.
 */
@Component
class YearLife {

    private final DeliberationYear deliberation;
    private final DisputeProgress disputes;
    private final YearParts parts;

    YearLife(DeliberationYear deliberation, DisputeProgress disputes, YearParts parts) {
        this.deliberation = deliberation;
        this.disputes = disputes;
        this.parts = parts;
    }

    boolean done() {
        return parts.done(YearParts.DELIBERATION) && parts.done(YearParts.MEDIATION);
    }

    void generate(String scale, long seed, LocalDate firstDay, Instant until, YearRunner.Setting setting) {
        deliberation.generate(seed, scale, firstDay, until, setting);
        disputes.generate(seed, until, setting);
    }
}
