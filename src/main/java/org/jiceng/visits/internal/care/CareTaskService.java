package org.jiceng.visits.internal.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;
import org.jiceng.visits.CarePlanView;
import org.jiceng.visits.CareTasks;
import org.jiceng.visits.internal.Holders;
import org.springframework.stereotype.Service;

/** The home page's 走访任务 and 逾期走访督办 count, read under the same access as the plans themselves. */
@Service
class CareTaskService implements CareTasks {

    private final CarePlanRepository plans;
    private final CarePlanService service;

    CareTaskService(CarePlanRepository plans, CarePlanService service) {
        this.plans = plans;
        this.service = service;
    }

    @Override
    public List<Task> tasksOf(CurrentUser user, int limit) {
        CareAccess.Readers readers = CareAccess.readers(user);
        if (!readers.anyone()) {
            return List.of();
        }
        LocalDate today = service.today();
        return plans.dueBy(readers.where(), readers.params(today), Holders.of(user), CareDue.soonUntil(today), today, limit)
                .stream().map(CareTaskService::task).toList();
    }

    static Task task(CarePlanView p) {
        return new Task(p.id(), p.householdId(), p.address(), p.head(), p.tagNames(), p.nextDueOn(), p.overdue(),
                p.daysOverdue());
    }

    @Override
    public Optional<Supervision> supervision(CurrentUser user) {
        Scope supervised = CareAccess.supervised(user);
        if (supervised.isEmpty()) {
            return Optional.empty();
        }
        String territory = supervised.prefixes().getFirst();
        return Optional.of(new Supervision(territory, plans.countOverdue(Scope.of(territory), service.today())));
    }
}
