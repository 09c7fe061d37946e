package org.jiceng.deliberation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A notice on a community's board (公示), shown from {@code fromDate} to {@code toDate} inclusive. */
public record NoticeView(long id, String territoryCode, String title, String body, LocalDate fromDate,
                         LocalDate toDate, Long resolutionId, String publishedBy, OffsetDateTime publishedAt) {

    public boolean showingOn(LocalDate day) {
        return !day.isBefore(fromDate) && (toDate == null || !day.isAfter(toDate));
    }
}
