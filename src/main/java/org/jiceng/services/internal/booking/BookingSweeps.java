package org.jiceng.services.internal.booking;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * What time does to bookings: once a session's check-in has closed (its end plus the check-in margin), the seats
 * nobody checked in for are closed as NO_SHOW and the waiting places as LAPSED, each session in its own transaction.
 */
@Service
public class BookingSweeps {

    private final SessionRepository sessions;
    private final Bookings bookings;
    private final boolean scheduled;
    private final Clock clock;

    BookingSweeps(SessionRepository sessions, Bookings bookings,
                  @Value("${jiceng.services.background-sweeps:true}") boolean scheduled, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.scheduled = scheduled;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${jiceng.services.booking-sweep:PT5M}", initialDelayString = "PT2M")
    @SchedulerLock(name = "services.booking-sweep", lockAtMostFor = "PT10M")
    void scheduledSweep() {
        if (scheduled) {
            sweep();
        }
    }

    /** Answers how many bookings were closed as NO_SHOW. */
    public int sweep() {
        int noShows = 0;
        for (long id : sessions.dueForSweep(clock.instant().minus(Bookings.CHECK_IN_MARGIN))) {
            noShows += bookings.closeEnded(id);
        }
        return noShows;
    }
}
