package org.jiceng.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.cases.WorkingCalendar;
import org.jiceng.services.internal.request.LineState;
import org.jiceng.services.internal.request.RequestDeadlines;
import org.jiceng.services.internal.request.RequestStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An item's deadline on the official calendar the case loop loads: holidays, 调休 weekends, pauses while returned. */
class ServiceRequestDeadlineTests {

    static WorkingCalendar calendar;

    @BeforeAll
    static void load() throws IOException {
        try (Reader csv = new InputStreamReader(ServiceRequestDeadlineTests.class
                .getResourceAsStream("/cases/holidays-cn.csv"), StandardCharsets.UTF_8)) {
            calendar = WorkingCalendar.parse(csv);
        }
    }

    static Instant at(String beijing) {
        return LocalDateTime.parse(beijing).atZone(Beijing.ZONE).toInstant();
    }

    /** The last day on which the item may be decided (the deadline is 24:00 of that day). */
    static LocalDate lastDay(WorkingCalendar.Due due) {
        return due.at().minusSeconds(1).atZone(Beijing.ZONE).toLocalDate();
    }

    @Test
    void anItemHandedOverTheDayBeforeNationalDayRunsPastTheGoldenWeekAndCountsTheWorkingSaturday() {
        // 9-30 not counted; 10-1..7 off; 10-8, 10-9, Saturday 10-10 (调休上班), 10-12, 10-13
        var due = RequestDeadlines.due(calendar, at("2026-09-30T16:30"), 5);
        assertThat(lastDay(due)).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(due.provisional()).isFalse();
    }

    @Test
    void anItemHandedOverOnTheFridayBeforeSpringFestivalCountsTheWorkingSaturdayThenWaitsOutTheHoliday() {
        // 2-14 Saturday is a working day; 2-15..23 off; then 2-24, 2-25
        var due = RequestDeadlines.due(calendar, at("2026-02-13T10:00"), 3);
        assertThat(lastDay(due)).isEqualTo(LocalDate.of(2026, 2, 25));
    }

    @Test
    void aOneDayItemHandedOverOnFridayIsDueOnTheWorkingSundayBeforeMidAutumn() {
        var due = RequestDeadlines.due(calendar, at("2026-09-18T09:00"), 1);
        assertThat(lastDay(due)).isEqualTo(LocalDate.of(2026, 9, 20));
    }

    @Test
    void theClockStopsWhileTheOfficeHasReturnedAnItemForMaterials() {
        Instant handed = at("2026-09-28T09:00");
        Instant returned = at("2026-09-30T15:00");
        int used = RequestDeadlines.workingDaysBetween(calendar, handed, returned);
        assertThat(used).isEqualTo(2);
        int left = RequestDeadlines.daysLeft(5, used);
        assertThat(left).isEqualTo(3);
        // resubmitted after the holiday: 10-10 (调休), 10-12, 10-13
        var due = RequestDeadlines.due(calendar, at("2026-10-09T11:00"), left);
        assertThat(lastDay(due)).isEqualTo(LocalDate.of(2026, 10, 13));
        // a line returned after its days ran out still gets a day when it comes back
        assertThat(RequestDeadlines.daysLeft(5, 7)).isEqualTo(1);
    }

    @Test
    void anOnTheSpotItemIsDueByTheEndOfTheDayItIsHandedOver() {
        var due = RequestDeadlines.due(calendar, at("2026-10-09T11:00"), 0);
        assertThat(lastDay(due)).isEqualTo(LocalDate.of(2026, 10, 9));
    }

    @Test
    void aDeadlineInAYearTheCalendarDoesNotHoldIsProvisional() {
        var due = RequestDeadlines.due(calendar, at("2027-12-28T09:00"), 20);
        assertThat(due.provisional()).isTrue();
    }

    @Test
    void theAgentIsRemindedOneWorkingDayBeforeTheDeadlineAcrossAWeekend() {
        Instant due = RequestDeadlines.due(calendar, at("2026-11-20T09:00"), 3).at(); // Wednesday 11-25 ends
        assertThat(RequestDeadlines.dueWithinAWorkingDay(calendar, at("2026-11-23T18:00"), due)).isFalse();
        assertThat(RequestDeadlines.dueWithinAWorkingDay(calendar, at("2026-11-24T09:00"), due)).isTrue();
        assertThat(RequestDeadlines.dueWithinAWorkingDay(calendar, at("2026-11-26T09:00"), due)).isFalse();
    }

    @Test
    void aBundleShowsOneStatusFromItsLines() {
        assertThat(RequestStatus.of(List.of(LineState.HANDED_OVER, LineState.RETURNED, LineState.DECIDED)))
                .isEqualTo(RequestStatus.NEEDS_MATERIALS);
        assertThat(RequestStatus.of(List.of(LineState.HANDED_OVER, LineState.DECIDED)))
                .isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(RequestStatus.of(List.of(LineState.DOCUMENTS_RETURNED, LineState.DECIDED)))
                .isEqualTo(RequestStatus.READY);
        assertThat(RequestStatus.of(List.of(LineState.DOCUMENTS_RETURNED, LineState.WITHDRAWN)))
                .isEqualTo(RequestStatus.DONE);
        assertThat(RequestStatus.of(List.of(LineState.WITHDRAWN))).isEqualTo(RequestStatus.WITHDRAWN);
        assertThat(RequestStatus.of(List.of(LineState.ASKED, LineState.ASKED))).isEqualTo(RequestStatus.ASKED);
    }
}
