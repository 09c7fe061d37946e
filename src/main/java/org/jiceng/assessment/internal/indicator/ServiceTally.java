package org.jiceng.assessment.internal.indicator;

import java.time.LocalDate;
import java.util.List;
import org.jiceng.Beijing;
import org.jiceng.County;
import org.jiceng.Scope;
import org.jiceng.services.BookingClosed;
import org.jiceng.services.ServiceItemHandled;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 代办按时办结率 and 预约到场率 as this module counts them from the services module's events: one row per item of a
 * request and one per booking, so a period's rate is a count and each request or booking behind it can be listed.
 */
@Component
public class ServiceTally {

    /** Items done by an agent, and how many of them within their legal time limit. */
    public record AgencyCounts(long done, long onTime) {
    }

    /** Bookings attended and not come (a cancelled booking is neither). */
    public record BookingCounts(long attended, long noShow) {
    }

    /** One item or booking behind a rate: what the drill-down lists. */
    public record Entry(String kind, long id, String territoryCode, String name, String outcome, boolean counted,
                        LocalDate on) {
    }

    private final JdbcClient jdbc;

    ServiceTally(JdbcClient jdbc) {
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
                insert into assessment.service_item_outcome (county, request_id, item_id, village_code, item_name,
                    agency, outcome, on_time, handled_on)
                values (:county, :request, :item, :village, :name, :agency, :outcome, :onTime, :on)
                on conflict do nothing""")
                .param("county", County.of(h.villageCode())).param("request", h.requestId()).param("item", h.itemId())
                .param("village", h.villageCode()).param("name", h.itemName() == null ? "" : h.itemName())
                .param("agency", h.agency()).param("outcome", h.outcome()).param("onTime", h.onTime())
                .param("on", LocalDate.ofInstant(h.handledAt(), Beijing.ZONE)).update();
    }

    public void record(BookingClosed b) {
        jdbc.sql("""
                insert into assessment.booking_outcome (county, booking_id, community_code, centre_name, outcome, closed_on)
                values (:county, :booking, :community, :centre, :outcome, :on)
                on conflict do nothing""")
                .param("county", County.of(b.communityCode())).param("booking", b.bookingId())
                .param("community", b.communityCode()).param("centre", b.centreName() == null ? "" : b.centreName())
                .param("outcome", b.outcome()).param("on", LocalDate.ofInstant(b.closedAt(), Beijing.ZONE)).update();
    }

    /** Agency items done in the territory from {@code from} to the day before {@code to}. */
    public AgencyCounts agency(String territory, LocalDate from, LocalDate to) {
        Scope scope = Scope.of(territory);
        return jdbc.sql("select count(*), count(*) filter (where on_time) from assessment.service_item_outcome where "
                        + scope.where("village_code", "county") + " and agency and outcome = 'DONE'"
                        + " and handled_on >= :from and handled_on < :to")
                .params(scope.params()).param("from", from).param("to", to)
                .query((rs, n) -> new AgencyCounts(rs.getLong(1), rs.getLong(2))).single();
    }

    public BookingCounts bookings(String territory, LocalDate from, LocalDate to) {
        Scope scope = Scope.of(territory);
        return jdbc.sql("select count(*) filter (where outcome = 'ATTENDED'), count(*) filter (where outcome = 'NO_SHOW')"
                        + " from assessment.booking_outcome where " + scope.where("community_code", "county")
                        + " and closed_on >= :from and closed_on < :to")
                .params(scope.params()).param("from", from).param("to", to)
                .query((rs, n) -> new BookingCounts(rs.getLong(1), rs.getLong(2))).single();
    }

    public List<Entry> agencyItems(String territory, LocalDate from, LocalDate to, int limit) {
        Scope scope = Scope.of(territory);
        return jdbc.sql("select * from assessment.service_item_outcome where " + scope.where("village_code", "county")
                        + " and agency and outcome = 'DONE' and handled_on >= :from and handled_on < :to"
                        + " order by handled_on desc, request_id desc, item_id limit :limit")
                .params(scope.params()).param("from", from).param("to", to).param("limit", limit)
                .query((rs, n) -> new Entry("REQUEST", rs.getLong("request_id"), rs.getString("village_code"),
                        rs.getString("item_name"), rs.getString("outcome"), rs.getBoolean("on_time"),
                        rs.getObject("handled_on", LocalDate.class))).list();
    }

    public List<Entry> bookingList(String territory, LocalDate from, LocalDate to, int limit) {
        Scope scope = Scope.of(territory);
        return jdbc.sql("select * from assessment.booking_outcome where " + scope.where("community_code", "county")
                        + " and outcome in ('ATTENDED', 'NO_SHOW') and closed_on >= :from and closed_on < :to"
                        + " order by closed_on desc, booking_id desc limit :limit")
                .params(scope.params()).param("from", from).param("to", to).param("limit", limit)
                .query((rs, n) -> new Entry("BOOKING", rs.getLong("booking_id"), rs.getString("community_code"),
                        rs.getString("centre_name"), rs.getString("outcome"), rs.getString("outcome").equals("ATTENDED"),
                        rs.getObject("closed_on", LocalDate.class))).list();
    }
}
