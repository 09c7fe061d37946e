package org.jiceng.assessment.internal.scorecard;

import java.util.List;
import org.jiceng.assessment.internal.indicator.ServiceTally;
import org.jiceng.assessment.internal.indicator.Source;

/** 代办按时办结率 and 服务中心预约到场率 from this module's tally of the services module's events. */
final class ServiceMeasures {

    private static final Ratio HUNDRED = Ratio.of(100);

    private ServiceMeasures() {
    }

    static Measure measure(ServiceTally tally, Source source, String territory, Period period) {
        return source == Source.AGENCY_ON_TIME ? agency(tally, territory, period) : bookings(tally, territory, period);
    }

    private static Measure agency(ServiceTally tally, String territory, Period period) {
        ServiceTally.AgencyCounts c = tally.agency(territory, period.first(), period.end());
        List<Measure.Record> records = records(tally.agencyItems(territory, period.first(), period.end(), 500),
                "按时", "超时");
        String workings = "代办按时办结 " + c.onTime() + " ÷ 代办办结 " + c.done() + " × 100";
        return c.done() == 0 ? Measure.none(workings + "（期内无代办办结事项）", records)
                : new Measure(Ratio.of(c.onTime(), c.done()).times(HUNDRED), workings, records);
    }

    private static Measure bookings(ServiceTally tally, String territory, Period period) {
        ServiceTally.BookingCounts c = tally.bookings(territory, period.first(), period.end());
        List<Measure.Record> records = records(tally.bookingList(territory, period.first(), period.end(), 500),
                "到场", "爽约");
        long whole = c.attended() + c.noShow();
        String workings = "到场 " + c.attended() + " ÷ (到场 " + c.attended() + " + 爽约 " + c.noShow() + ") × 100";
        return whole == 0 ? Measure.none(workings + "（期内无到场或爽约的预约）", records)
                : new Measure(Ratio.of(c.attended(), whole).times(HUNDRED), workings, records);
    }

    private static List<Measure.Record> records(List<ServiceTally.Entry> entries, String yes, String no) {
        return entries.stream().map(e -> new Measure.Record(e.on() + " " + (e.kind().equals("REQUEST") ? "办件 " : "预约 ")
                + e.id() + " " + e.name(), e.counted() ? yes : no, null)).toList();
    }
}
