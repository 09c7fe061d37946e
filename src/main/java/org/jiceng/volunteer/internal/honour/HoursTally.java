package org.jiceng.volunteer.internal.honour;

import java.time.LocalDate;
import org.jiceng.Beijing;
import org.jiceng.volunteer.VolunteerHoursConfirmed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each volunteer's confirmed minutes per month (in Beijing time) for the 红榜; an attendance counts once even if
 * its event is delivered again after a restart.
 */
@Component
class HoursTally {

    private final HonourRepository repository;

    HoursTally(HonourRepository repository) {
        this.repository = repository;
    }

    @ApplicationModuleListener
    void on(VolunteerHoursConfirmed confirmed) {
        LocalDate month = confirmed.confirmedAt().atZone(Beijing.ZONE).toLocalDate().withDayOfMonth(1);
        repository.tally(confirmed.county(), confirmed.attendanceId(), confirmed.volunteerId(),
                confirmed.communityCode(), month, Math.max(0, confirmed.minutes()));
    }
}
