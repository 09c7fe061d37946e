package org.jiceng.reports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.reports.MonthlyReport;
import org.jiceng.reports.MonthlyReports;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Service;

/**
 * A finished month's report is read from the store, or generated and kept the first time it is asked for (or by
 * {@link ReportSchedule}); the current month's is computed afresh on every request and marked live (截至今日).
 */
@Service
class ReportService implements MonthlyReports {

    private final ReportBuilder builder;
    private final ReportStore store;
    private final TerritoryApi territory;
    private final Clock clock;

    ReportService(ReportBuilder builder, ReportStore store, TerritoryApi territory, Clock clock) {
        this.builder = builder;
        this.store = store;
        this.territory = territory;
        this.clock = clock;
    }

    @Override
    public MonthlyReport monthly(CurrentUser user, String territoryCode, String month) {
        String code = ReportAccess.territory(user, territoryCode);
        return of(code, ReportMonth.parse(month, Beijing.today(clock)));
    }

    /** The report of a territory and month, for whoever the caller decided may read it. */
    MonthlyReport of(String code, YearMonth month) {
        String name = territory.division(code).map(DivisionView::name)
                .orElseThrow(() -> new NotFoundException("区划 " + code + " 不存在"));
        LocalDate today = Beijing.today(clock);
        if (!ReportMonth.over(month, today)) {
            return builder.build(code, name, month, clock.instant(), true);
        }
        return store.find(code, month).orElseGet(() -> {
            store.keep(builder.build(code, name, month, clock.instant(), false));
            return store.find(code, month).orElseThrow();
        });
    }
}
