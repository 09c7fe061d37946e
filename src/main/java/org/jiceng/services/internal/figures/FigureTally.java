package org.jiceng.services.internal.figures;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jiceng.Beijing;
import org.jiceng.County;
import org.jiceng.services.BookingClosed;
import org.jiceng.services.ServiceItemHandled;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Counts the module's own events into the figures' tables: one row per item of a request and one per booking, so a
 * second delivery of the same event changes nothing. The month is the Beijing month of the result or of the close.
 */
@Component
public class FigureTally {

    private final JdbcClient jdbc;

    FigureTally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ServiceItemHandled handled) {
        record(handled);
    }

    @ApplicationModuleListener
    void on(BookingClosed closed) {
        record(closed);
    }

    public void record(ServiceItemHandled h) {
        jdbc.sql("""
                insert into services.handled_item (county, request_id, item_id, month, village_code, office_unit_id,
                    office_name, item_name, agency, outcome, working_days, on_time, handled_at)
                values (:county, :request, :item, :month, :village, :office, :officeName, :itemName, :agency, :outcome,
                    :days, :onTime, :at)
                on conflict do nothing""")
                .param("county", County.of(h.villageCode())).param("request", h.requestId()).param("item", h.itemId())
                .param("month", month(h.handledAt())).param("village", h.villageCode())
                .param("office", h.officeUnitId()).param("officeName", h.officeName() == null ? "" : h.officeName())
                .param("itemName", h.itemName() == null ? "" : h.itemName()).param("agency", h.agency())
                .param("outcome", "DONE".equals(h.outcome()) ? "DONE" : "ENDED")
                .param("days", Math.max(0, h.workingDays())).param("onTime", h.onTime())
                .param("at", Timestamp.from(h.handledAt())).update();
    }

    public void record(BookingClosed b) {
        jdbc.sql("""
                insert into services.closed_booking (county, booking_id, month, community_code, centre_id, centre_name,
                    service_kind, outcome, closed_at)
                values (:county, :booking, :month, :community, :centre, :centreName, :kind, :outcome, :at)
                on conflict do nothing""")
                .param("county", County.of(b.communityCode())).param("booking", b.bookingId())
                .param("month", month(b.closedAt())).param("community", b.communityCode())
                .param("centre", b.centreId()).param("centreName", b.centreName() == null ? "" : b.centreName())
                .param("kind", b.serviceKind() == null ? "" : b.serviceKind()).param("outcome", b.outcome())
                .param("at", Timestamp.from(b.closedAt())).update();
    }

    private static LocalDate month(java.time.Instant at) {
        return YearMonth.from(LocalDate.ofInstant(at, Beijing.ZONE)).atDay(1);
    }
}
