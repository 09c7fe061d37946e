package org.jiceng.volunteer.internal.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jiceng.volunteer.internal.activity.AttendanceRepository.Place;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What time does to activities, each step in its own transaction: an open activity runs from its start; volunteers
 * are reminded {@code reminder-lead} before it; once its end plus {@code check-out-grace} has passed it is done, and a
 * check-out still missing is set to the activity's end and flagged for the organiser, who confirms or corrects it.
 */
@Service
public class ActivitySweeps {

    public record Swept(int started, int reminded, int closed) {
    }

    private final ActivityRepository activities;
    private final AttendanceRepository attendance;
    private final Activities moves;
    private final ActivityNotices notices;
    private final TransactionTemplate tx;
    private final Duration grace;
    private final Duration lead;
    private final boolean scheduled;
    private final Clock clock;

    ActivitySweeps(ActivityRepository activities, AttendanceRepository attendance, Activities moves,
                   ActivityNotices notices, PlatformTransactionManager transactions,
                   @Value("${jiceng.volunteer.check-out-grace:PT1H}") Duration grace,
                   @Value("${jiceng.volunteer.reminder-lead:PT24H}") Duration lead,
                   @Value("${jiceng.volunteer.background-sweeps:true}") boolean scheduled, Clock clock) {
        this.activities = activities;
        this.attendance = attendance;
        this.moves = moves;
        this.notices = notices;
        this.tx = new TransactionTemplate(transactions);
        this.grace = grace;
        this.lead = lead;
        this.scheduled = scheduled;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${jiceng.volunteer.activity-sweep:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "volunteer.activity-sweep", lockAtMostFor = "PT5M")
    void scheduledSweep() {
        if (scheduled) {
            sweep();
        }
    }

    public Swept sweep() {
        Instant now = clock.instant();
        int started = 0;
        for (long id : activities.dueToRun(now)) {
            started += step(id, ActivityState.RUNNING);
        }
        int reminded = 0;
        for (long id : activities.dueForReminder(now, now.plus(lead))) {
            reminded += tx.execute(s -> remind(id));
        }
        int closed = 0;
        for (long id : activities.dueToClose(now.minus(grace))) {
            step(id, ActivityState.RUNNING);
            closed += step(id, ActivityState.DONE);
        }
        return new Swept(started, reminded, closed);
    }

    private int step(long id, ActivityState to) {
        return tx.execute(s -> activities.lock(id)
                .filter(a -> a.status().refusal(to) == null)
                .map(a -> {
                    moves.move(a, to);
                    return 1;
                }).orElse(0));
    }

    /** Reminds each volunteer holding a place once; answers how many were reminded now. */
    private int remind(long id) {
        var activity = activities.lock(id).orElseThrow();
        int reminded = 0;
        for (var a : attendance.ofActivity(id)) {
            if (a.status() == Place.SIGNED_UP && attendance.markReminded(a.id())) {
                notices.reminder(activity, a);
                reminded++;
            }
        }
        return reminded;
    }
}
