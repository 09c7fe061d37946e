package org.jiceng.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseFigures;
import org.jiceng.cases.CaseFigures.CategoryCount;
import org.jiceng.cases.CaseFigures.ChannelCount;
import org.jiceng.cases.CaseFigures.MonthlyPairCount;
import org.jiceng.cases.CaseFigures.PlaceCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * GROUPING SETS over the cases of a territory and a time window. The statement walks one index range: a town by
 * {@code case_town_time_idx}, a village by {@code case_village_time_idx} (both on the code's prefix and the time of
 * receipt), a county by {@code case_county_time_idx}; a month of a county is some 25,000 rows at county volume and
 * 311,000 for the busiest district of a Beijing-sized city.
 */
@Repository
class CaseFigureRepository {

    /*
     * grouping(major, leaf, channel, place, reporter) of a row: a bit for each left out of its set, major the highest.
     * The month is in every set.
     */
    private static final int TOTAL = 0b11111;
    private static final int MAJOR = 0b01111;
    private static final int LEAF = 0b10111;
    private static final int CHANNEL = 0b11011;
    private static final int PLACE_MAJOR = 0b01101;
    private static final int PAIR = 0b10101;
    private static final int REPORTER = 0b11110;

    /**
     * The window's cases read once and counted in each grouping set asked for; a reporter's and a pair's counts are
     * kept only from their least. Reporters are only counted: their ids come back to be counted below and go no further.
     * Its argument: the where clause.
     */
    private static final String COUNTS = """
            select g.*, k.name from (
                select month, major, leaf, channel, place, reporter,
                       grouping(major, leaf, channel, place, reporter) as sets,
                       count(*) as cases,
                       count(*) filter (where state = 'CLOSED') as closed,
                       count(*) filter (where merged_into is null and state <> 'REJECTED'
                           and resolve_due_at < coalesce(resolved_at, :now)) as overdue,
                       count(*) filter (where returned_at is not null) as returned,
                       count(*) filter (where state = 'CLOSED' and merged_into is null
                           and rating_solved = false) as explained,
                       count(*) filter (where state = 'REJECTED') as rejected
                from (
                    select to_char(c.received_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month,
                           left(c.category_code, 2) as major, c.category_code as leaf, c.channel, c.territory_code as place, c.reporter_id as reporter, c.state, c.merged_into,
                           c.resolve_due_at, c.resolved_at, c.returned_at, c.rating_solved
                    from cases.case_file c%s
                ) c
                group by grouping sets ((month), (month, major), (month, leaf), (month, channel),
                        (month, place, major), (month, place, leaf), (month, reporter))
            ) g left join cases.category k on k.code = coalesce(g.leaf, g.major)
            where (g.sets <> %d or (g.reporter is not null and g.cases >= :repeatAtLeast))
              and (g.sets <> %d or g.cases >= :pairAtLeast)
            order by g.cases desc, g.place, coalesce(g.leaf, g.major, g.channel)
            """.formatted("%s", REPORTER, PAIR);

    private final JdbcClient jdbc;

    CaseFigureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The territory and window as the indexes can serve them; {@code code} has been checked to be 6, 9 or 12 digits. */
    private static String where(String code) {
        String place = switch (code.length()) {
            case 12 -> "left(c.territory_code, 12) = :code";
            case 9 -> "left(c.territory_code, 9) = :code";
            default -> "c.county = :code";
        };
        return " where " + place + " and c.received_at >= :from and c.received_at < :to";
    }

    CaseFigures.Months months(String code, Instant from, Instant to, Instant now, int repeatAtLeast, int pairAtLeast) {
        Map<String, MonthCounts> byMonth = new LinkedHashMap<>();
        List<MonthlyPairCount> pairs = new ArrayList<>();
        jdbc.sql(COUNTS.formatted(where(code)))
                .param("code", code).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("now", Timestamp.from(now)).param("repeatAtLeast", repeatAtLeast).param("pairAtLeast", pairAtLeast)
                .query(rs -> {
                    if (rs.getInt("sets") == PAIR) {
                        pairs.add(new MonthlyPairCount(rs.getString("place"), rs.getString("leaf"), rs.getString("name"),
                                rs.getString("month"), rs.getLong("cases")));
                    } else {
                        byMonth.computeIfAbsent(rs.getString("month"), m -> new MonthCounts()).add(rs);
                    }
                });
        pairs.sort(Comparator.comparing(MonthlyPairCount::place).thenComparing(MonthlyPairCount::category)
                .thenComparing(MonthlyPairCount::month));
        Map<String, CaseFigures.Month> months = new LinkedHashMap<>();
        byMonth.forEach((month, counts) -> months.put(month, counts.month()));
        return new CaseFigures.Months(months, pairs);
    }

    /** One month's rows of the statement, gathered; rows come largest first, so each list is in that order. */
    private static final class MonthCounts {

        private final long[] totals = new long[6];
        private final List<CategoryCount> majors = new ArrayList<>();
        private final List<CategoryCount> leaves = new ArrayList<>();
        private final List<ChannelCount> channels = new ArrayList<>();
        private final List<PlaceCount> places = new ArrayList<>();
        private long reporters;
        private long reportersCases;

        void add(ResultSet rs) throws SQLException {
            long cases = rs.getLong("cases");
            switch (rs.getInt("sets")) {
                case MAJOR -> majors.add(new CategoryCount(rs.getString("major"), rs.getString("name"), cases));
                case LEAF -> leaves.add(new CategoryCount(rs.getString("leaf"), rs.getString("name"), cases));
                case CHANNEL -> channels.add(new ChannelCount(CaseChannel.valueOf(rs.getString("channel")), cases));
                case PLACE_MAJOR -> places.add(new PlaceCount(rs.getString("place"), rs.getString("major"),
                        rs.getString("name"), cases));
                case REPORTER -> {
                    reporters++;
                    reportersCases += cases;
                }
                case TOTAL -> {
                    totals[0] = cases;
                    totals[1] = rs.getLong("closed");
                    totals[2] = rs.getLong("overdue");
                    totals[3] = rs.getLong("returned");
                    totals[4] = rs.getLong("explained");
                    totals[5] = rs.getLong("rejected");
                }
                default -> throw new IllegalStateException("未预期的分组 " + rs.getInt("sets"));
            }
        }

        CaseFigures.Month month() {
            return new CaseFigures.Month(new CaseFigures.Tally(totals[0], totals[1], totals[2], totals[3], totals[4],
                    totals[5], List.copyOf(majors), List.copyOf(leaves), List.copyOf(channels)),
                    List.copyOf(places), new CaseFigures.RepeatReporters(reporters, reportersCases));
        }
    }
}
