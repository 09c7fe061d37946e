package org.jiceng.ledger.internal.statement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jiceng.Beijing;
import org.jiceng.cases.CasesApi;
import org.jiceng.cases.WorkingCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On the first working day of each month (the official calendar of the case loop: after the Spring Festival it may
 * be the 5th or later), generates last month's statement of every account that has none yet. Runs every hour so a
 * node that was down still does it; a statement is generated once ({@link Statements#generate(long, YearMonth, Long)}
 * answers false for one that exists), so several nodes may run it at once.
 */
@Component
public class StatementSchedule {

    private static final Logger log = LoggerFactory.getLogger(StatementSchedule.class);

    private final Statements statements;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final CasesApi cases;
    private final Clock clock;

    StatementSchedule(Statements statements, org.springframework.jdbc.core.simple.JdbcClient jdbc, CasesApi cases,
                      Clock clock) {
        this.statements = statements;
        this.jdbc = jdbc;
        this.cases = cases;
        this.clock = clock;
    }

    @Scheduled(cron = "${jiceng.ledger.statements.schedule:0 20 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "ledger.monthly-statements", lockAtMostFor = "PT50M", lockAtLeastFor = "PT5M")
    void generateOnFirstWorkingDay() {
        LocalDate today = Beijing.today(clock);
        YearMonth month = YearMonth.from(today);
        if (!today.isBefore(firstWorkingDay(month, cases.workingCalendar()))) {
            generate(month.minusMonths(1));
        }
    }

    /** Generates the month's statement of every account without one; answers how many were generated. */
    public int generate(YearMonth month) {
        List<Long> accounts = jdbc.sql("""
                        select a.id from ledger.account a
                        where not exists (select 1 from ledger.statement s where s.account_id = a.id and s.county = a.county
                                          and s.month >= :m)
                        order by a.id""")
                .param("m", month.toString())
                .query(Long.class).list();
        int n = 0;
        for (long account : accounts) {
            try {
                if (statements.generate(account, month, null)) {
                    n++;
                }
            } catch (RuntimeException e) {
                // one account's failure must not keep the others' statements from the 公示栏
                log.warn("账本 {} 的 {} 月度公示未能生成：{}", account, month, e.getMessage());
            }
        }
        return n;
    }

    /** The first working day of {@code month} on the official calendar. */
    public static LocalDate firstWorkingDay(YearMonth month, WorkingCalendar calendar) {
        LocalDate day = month.atDay(1);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }
}
