package org.jiceng.reports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jiceng.Beijing;
import org.jiceng.cases.CaseFigures;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.TerritoryApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On the first working day of each month (the official calendar: after the Spring Festival holiday it may be the
 * 5th or later), generates and keeps last month's report of each county and each of its towns, so that the
 * 民情分析会 finds them ready. Villages' reports are generated when first asked for. Runs every hour so a node
 * that was down at night still does it; a kept report is never written again ({@link ReportStore#keep}), so
 * several nodes may run this at once without a lock library.
 */
@Component
class ReportSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReportSchedule.class);

    private final ReportService reports;
    private final CaseFigures cases;
    private final TerritoryApi territory;
    private final Clock clock;
    private final List<String> counties;

    ReportSchedule(ReportService reports, CaseFigures cases, TerritoryApi territory, Clock clock,
                   @Value("${jiceng.reports.counties:${jiceng.demo.county:530326}}") List<String> counties) {
        this.reports = reports;
        this.cases = cases;
        this.territory = territory;
        this.clock = clock;
        this.counties = List.copyOf(counties);
    }

    @Scheduled(cron = "${jiceng.reports.schedule:0 10 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "reports.monthly-reports", lockAtMostFor = "PT50M", lockAtLeastFor = "PT5M")
    void generateOnFirstWorkingDay() {
        LocalDate today = Beijing.today(clock);
        YearMonth month = YearMonth.from(today);
        if (!today.isBefore(ReportMonth.firstWorkingDay(month, cases.workingCalendar()))) {
            generate(month.minusMonths(1));
        }
    }

    /** Keeps the month's report of each county and town that has none yet; answers how many were asked for. */
    int generate(YearMonth month) {
        int n = 0;
        for (String code : territories()) {
            try {
                reports.of(code, month);
                n++;
            } catch (RuntimeException e) {
                // one territory's failure must not keep the others' reports from the meeting
                log.warn("{} 月 {} 的民情分析报告未能生成：{}", month, code, e.getMessage());
            }
        }
        return n;
    }

    private List<String> territories() {
        List<String> codes = new ArrayList<>();
        for (String county : counties) {
            codes.add(county);
            territory.children(county, null, 1000).stream().map(DivisionView::code).forEach(codes::add);
        }
        return codes;
    }
}
