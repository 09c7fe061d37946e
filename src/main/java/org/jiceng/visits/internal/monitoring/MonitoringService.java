package org.jiceng.visits.internal.monitoring;

import java.time.Clock;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.County;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.people.PeopleApi;
import org.jiceng.territory.Level;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading 防返贫 monitoring: lists show status and flags only and are logged as bulk reads; a household's figures
 * are opened only for a stated reason, and each opening is one line in the people module's access log.
 */
@Service
public class MonitoringService {

    static final String SEALED_FIGURES = "monitoring.figures";
    static final String SEALED_MEASURE = "monitoring.measure";
    static final String SEALED_REMOVAL = "monitoring.removal_reason";
    static final String FIGURES_READ = "防返贫监测收支（收入、支出、帮扶措施）";
    static final String LIST_READ = "防返贫监测名单（仅状态，无金额）";

    private final MonitoringRepository records;
    private final MonitoringLines lines;
    private final PeopleApi people;
    private final Clock clock;

    MonitoringService(MonitoringRepository records, MonitoringLines lines, PeopleApi people, Clock clock) {
        this.records = records;
        this.lines = lines;
        this.people = people;
        this.clock = clock;
    }

    /** A year of the register (2000 to this year), or a 400. */
    static int year(int year, Clock clock) {
        int now = Beijing.today(clock).getYear();
        if (year < 2000 || year > now) {
            throw new BadInputException("year", "年度须在 2000 年至 " + now + " 年之间");
        }
        return year;
    }

    /** A year's records under {@code territory} the person may read, newest household first; a bulk read. */
    @Transactional
    public Page<MonitoringSummary> list(CurrentUser user, String territory, String status, Integer year, String after,
                                        Integer limit) {
        MonitoringAccess.Readers readers = MonitoringAccess.readers(user, Action.READ);
        if (!readers.anyone()) {
            throw AccessPolicy.refusal(Resource.MONITORING, Action.READ);
        }
        String place = territory == null || territory.isBlank() ? null : territory.strip();
        if (place != null && Level.ofCode(place) == null) {
            throw new BadInputException("territory", "territory 须为区划或网格代码前缀（2–15 位数字）");
        }
        MonitoringStatus wanted = status == null || status.isBlank() ? null : Figures.parse(MonitoringStatus.class, status);
        if (status != null && !status.isBlank() && wanted == null) {
            throw new BadInputException("status", "status 须为 NORMAL、FLAGGED、MONITORED 或 REMOVED 之一");
        }
        int y = year == null ? Beijing.today(clock).getYear() : year(year, clock);
        int n = Page.limit(limit);
        List<MonitoringRow> rows = records.list(readers, place, wanted, y, Cursor.idBelow(after), n + 1);
        Page<MonitoringSummary> page = Page.byId(rows.stream().map(MonitoringSummary::of).toList(), n,
                MonitoringSummary::householdId);
        if (!page.items().isEmpty()) {   // a list that showed nobody read nobody's data
            people.recordBulkAccess(user, LIST_READ + " " + y + " 年", place != null ? place : user.homeTerritory(),
                    page.items().size());
        }
        return page;
    }

    /** One household's year without figures (the page shows it before asking why the figures are opened). */
    public MonitoringSummary summary(CurrentUser user, long householdId, int year) {
        return MonitoringSummary.of(readable(user, householdId, year));
    }

    /** The figures, for a reason that goes into the access log with the reader's name. */
    @Transactional
    public MonitoringFigures figures(CurrentUser user, long householdId, int year, String reason) {
        MonitoringRow row = readable(user, householdId, year);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BadInputException("reason", "查看收支情况须填写事由，事由将记入个人信息访问日志");
        }
        people.recordAccess(user, FIGURES_READ + " " + year + " 年", row.territoryCode(), why);
        return open(row);
    }

    private MonitoringRow readable(CurrentUser user, long householdId, int year) {
        // no record lies outside the years a record may have: a strange year is a 404, never a hint of access
        MonitoringRow row = records.find(householdId, year, MonitoringAccess.readers(user, Action.READ))
                .orElseThrow(MonitoringAccess::notFound);
        MonitoringAccess.check(user, Action.READ, row);
        return row;
    }

    private MonitoringFigures open(MonitoringRow row) {
        Figures figures = Figures.unseal(people.open(SEALED_FIGURES, row.figuresSealed()));
        Long lastYear = lastYearPerCapita(row.householdId(), row.year(), row.county());
        MonitoringLines.Line line = lines.line(row.county(), row.year());
        var measures = records.measures(row).stream()
                .map(m -> new MonitoringFigures.Measure(m.id(), m.takenOn(), people.open(SEALED_MEASURE, m.text()),
                        m.recordedBy()))
                .toList();
        MonitoringFigures.Removal removal = row.removedOn() == null ? null : new MonitoringFigures.Removal(
                row.removedOn(), people.open(SEALED_REMOVAL, row.removalReasonSealed()), row.removedBy());
        return new MonitoringFigures(MonitoringSummary.of(row), figures.size(), figures.incomes(), figures.shocks(),
                figures.netIncomeFen(), figures.perCapitaFen(), figures.shocksFen(), lastYear,
                new MonitoringFigures.Threshold(line.lineFen(), line.dropPercent(), line.shockPercent(), line.byDefault()),
                measures, removal);
    }

    /** Last year's per-capita net income, for the drop rule: read by the system, not shown, not logged. */
    Long lastYearPerCapita(long householdId, int year, String county) {
        return records.sealedFigures(householdId, year - 1, County.of(county))
                .map(sealed -> Figures.unseal(people.open(SEALED_FIGURES, sealed)).perCapitaFen()).orElse(null);
    }
}
