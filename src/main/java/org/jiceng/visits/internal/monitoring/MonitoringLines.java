package org.jiceng.visits.internal.monitoring;

import static org.jiceng.Resource.MONITORING;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county's monitoring line per year and the shares that flag a household. The seeds name no line, so a year
 * the county has not set uses a configured default, shown as such ({@code byDefault}): 7,000.00 元 per person per
 * year unless {@code jiceng.monitoring.default-line-fen} says otherwise — a placeholder for the county to replace
 * with the line its province publishes, not an official figure. Drops of 30% and shocks above half the income are
 * the default shares, likewise configurable per county and year.
 */
@Service
public class MonitoringLines {

    /** A county's thresholds for a year, and whether they are the configured default rather than set. */
    public record Line(String county, int year, long lineFen, int dropPercent, int shockPercent, boolean byDefault,
                       String setBy, OffsetDateTime setAt, int version) {

        public MonitoringRule.Thresholds thresholds() {
            return new MonitoringRule.Thresholds(lineFen, dropPercent, shockPercent);
        }

        public String lineYuan() {
            return Yuan.format(lineFen);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final long defaultLineFen;
    private final int defaultDrop;
    private final int defaultShock;

    MonitoringLines(JdbcClient jdbc, Clock clock,
                    @Value("${jiceng.monitoring.default-line-fen:700000}") long defaultLineFen,
                    @Value("${jiceng.monitoring.default-drop-percent:30}") int defaultDrop,
                    @Value("${jiceng.monitoring.default-shock-percent:50}") int defaultShock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.defaultLineFen = defaultLineFen;
        this.defaultDrop = defaultDrop;
        this.defaultShock = defaultShock;
        new MonitoringRule.Thresholds(defaultLineFen, defaultDrop, defaultShock); // refuses a bad configuration at start
    }

    /** The line of a county and year: the county's own, else the default. */
    public Line line(String county, int year) {
        return stored(county, year).orElse(new Line(county, year, defaultLineFen, defaultDrop, defaultShock, true,
                null, null, 0));
    }

    /** The line as a person who manages it sees it; the county is checked against their grants. */
    public Line read(CurrentUser user, String county, Integer year) {
        String place = county(user, county);
        AccessPolicy.check(user, MONITORING, Action.MANAGE, Target.at(place));
        return line(place, year == null ? Beijing.today(clock).getYear() : MonitoringService.year(year, clock));
    }

    @Transactional
    public Line set(CurrentUser user, MonitoringRequests.LineInput input) {
        String place = county(user, input.county());
        AccessPolicy.check(user, MONITORING, Action.MANAGE, Target.at(place));
        if (input.year() == null) {
            throw new BadInputException("year", "请填写年度");
        }
        int year = MonitoringService.year(input.year(), clock);
        if (input.lineFen() == null || input.lineFen() <= 0 || input.lineFen() > 100_000_000L) {
            throw new BadInputException("lineFen", "监测线须为大于零的金额（分），最多一百万元");
        }
        int drop = input.dropPercent() == null ? defaultDrop : input.dropPercent();
        int shock = input.shockPercent() == null ? defaultShock : input.shockPercent();
        if (drop < 1 || drop > 100) {
            throw new BadInputException("dropPercent", "收入降幅须为 1–100 之间的整数（%）");
        }
        if (shock < 1 || shock > 1000) {
            throw new BadInputException("shockPercent", "刚性支出占收入比例须为 1–1000 之间的整数（%）");
        }
        Optional<Line> existing = stored(place, year);
        int expected = input.version() == null ? existing.map(Line::version).orElse(0) : input.version();
        if (existing.isPresent() && existing.get().version() != expected) {
            throw new ConflictException("监测线已被他人修改，请刷新后再改");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int written = jdbc.sql("""
                        insert into visits.monitoring_line (county, year, line_fen, drop_percent, shock_percent, set_by, set_at)
                        values (:county, :year, :line, :drop, :shock, :by, :now)
                        on conflict (county, year) do update set line_fen = excluded.line_fen,
                            drop_percent = excluded.drop_percent, shock_percent = excluded.shock_percent,
                            set_by = excluded.set_by, set_at = excluded.set_at, version = monitoring_line.version + 1
                        where monitoring_line.version = :version""")
                .param("county", place).param("year", year).param("line", input.lineFen()).param("drop", drop)
                .param("shock", shock).param("by", user.username()).param("now", now).param("version", expected)
                .update();
        if (written == 0) {
            throw new ConflictException("监测线已被他人修改，请刷新后再改");
        }
        return line(place, year);
    }

    private Optional<Line> stored(String county, int year) {
        return jdbc.sql("""
                        select county, year, line_fen, drop_percent, shock_percent, set_by, set_at, version
                        from visits.monitoring_line where county = :county and year = :year""")
                .param("county", county).param("year", year)
                .query((rs, n) -> new Line(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getInt(4), rs.getInt(5),
                        false, rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getInt(8)))
                .optional();
    }

    /** The county asked for, or the county of the person's first grant. */
    private static String county(CurrentUser user, String county) {
        String place = county == null || county.isBlank() ? user.homeTerritory() : county.strip();
        if (!place.matches("[0-9]{6,15}")) {
            throw new BadInputException("county", "county 须为 6 位县级区划代码");
        }
        return place.substring(0, 6);
    }
}
