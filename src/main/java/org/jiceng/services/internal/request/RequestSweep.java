package org.jiceng.services.internal.request;

import java.time.OffsetDateTime;
import org.jiceng.cases.CasesApi;
import org.jiceng.cases.InboxNotice;
import org.jiceng.cases.PersonalNotice;
import org.jiceng.cases.WorkingCalendar;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Watches handed-over lines: one working day before the deadline the agent is reminded; once it has passed, the
 * town's staff and the agent are told it is late (督办), once per line. Idempotent: a line is marked as it is told,
 * and a mark already set is skipped, so two sweeps never tell twice.
 */
@Component
public class RequestSweep {

    private final RequestRepository repository;
    private final ServiceRequests requests;
    private final CasesApi cases;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    RequestSweep(RequestRepository repository, ServiceRequests requests, CasesApi cases,
                 ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.repository = repository;
        this.requests = requests;
        this.cases = cases;
        this.events = events;
        this.transactions = transactions;
    }

    @Scheduled(fixedDelayString = "${jiceng.services.request-sweep:PT10M}", initialDelayString = "PT2M")
    @SchedulerLock(name = "services.request-sweep", lockAtMostFor = "PT10M")
    public void scheduled() {
        sweep();
    }

    /** One pass; answers how many notices it sent. */
    public int sweep() {
        OffsetDateTime now = requests.now();
        WorkingCalendar calendar = cases.workingCalendar();
        // anything due within the next few calendar days may be a working day away (a weekend or holiday between)
        OffsetDateTime horizon = now.plusDays(12);
        int sent = 0;
        for (RequestRepository.Watched line : repository.watched(horizon)) {
            if (!line.supervised() && line.dueAt().isBefore(now)) {
                Boolean told = transactions.execute(tx -> late(line));
                sent += Boolean.TRUE.equals(told) ? 1 : 0;
            } else if (!line.reminded() && RequestDeadlines.dueWithinAWorkingDay(calendar, now.toInstant(),
                    line.dueAt().toInstant())) {
                Boolean told = transactions.execute(tx -> remind(line));
                sent += Boolean.TRUE.equals(told) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean remind(RequestRepository.Watched line) {
        if (!repository.mark(line.lineId(), false) || line.agentUserId() == null) {
            return false;
        }
        events.publishEvent(new PersonalNotice("services.request.remind." + line.lineId() + "." + line.dueAt().toEpochSecond(),
                line.agentUserId(), "services.request", "办件即将到期：" + line.itemName(),
                line.residentName() + " 的“" + line.itemName() + "”将于 " + line.dueAt().toLocalDate()
                        + " 到期，请跟进部门办理进度"));
        return true;
    }

    private boolean late(RequestRepository.Watched line) {
        if (!repository.mark(line.lineId(), true)) {
            return false;
        }
        String title = "办件逾期督办：" + line.itemName();
        String body = line.residentName() + " 的“" + line.itemName() + "”已超过办理时限（" + line.dueAt().toLocalDate()
                + " 到期），请督促办理部门";
        events.publishEvent(new InboxNotice("services.request.late." + line.lineId(), line.villageCode().substring(0, 9),
                "services.late", title, body));
        if (line.agentUserId() != null) {
            events.publishEvent(new PersonalNotice("services.request.late." + line.lineId() + ".agent",
                    line.agentUserId(), "services.late", title, body));
        }
        return true;
    }
}
