package org.jiceng.visits.internal.care;

import java.time.LocalDate;
import org.jiceng.Beijing;
import org.jiceng.County;
import org.jiceng.visits.VisitLogged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A logged visit moves the household's plan on: last visited that Beijing day, due again a frequency later.
 * A plain {@code @EventListener}, not an asynchronous module listener: the event comes from this module, and
 * moving the due date inside the transaction that wrote the visit means the visit and the plan commit or fail
 * together, so a phone that syncs a visit sees the task gone at once and never a visit without its due date.
 */
@Component
class CareVisitListener {

    private final CarePlanRepository plans;

    CareVisitListener(CarePlanRepository plans) {
        this.plans = plans;
    }

    @EventListener
    void on(VisitLogged visit) {
        LocalDate day = LocalDate.ofInstant(visit.visitedAt(), Beijing.ZONE);
        plans.visited(visit.householdId(), County.of(visit.territoryCode()), day);
    }
}
