package org.jiceng.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseFigures;
import org.jiceng.cases.CaseFigures.CategoryCount;
import org.jiceng.cases.CaseFigures.ChannelCount;
import org.jiceng.cases.CaseFigures.MonthlyPairCount;
import org.jiceng.cases.CaseFigures.PlaceCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * GROUP BY over the cases of a territory and a time window. Each query walks one index range: a town by
 * {@code case_town_time_idx}, a village by {@code case_village_time_idx} (both on the code's prefix and the time of
 * receipt), a county by {@code case_received_idx}; a month of a county is some 25,000 rows at county volume.
 */
@Repository
class CaseFigureRepository {

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

    CaseFigures.Tally tally(String code, Instant from, Instant to, Instant now) {
        List<CategoryCount> majors = new ArrayList<>();
        List<CategoryCount> leaves = new ArrayList<>();
        List<ChannelCount> channels = new ArrayList<>();
        long[] totals = new long[6];
        jdbc.sql("""
                        select g.*, k.name from (
                            select left(c.category_code, 2) as major, c.category_code as leaf, c.channel,
                                   grouping(left(c.category_code, 2), c.category_code, c.channel) as sets,
                                   count(*) as cases,
                                   count(*) filter (where c.state = 'CLOSED') as closed,
                                   count(*) filter (where c.merged_into is null and c.state <> 'REJECTED'
                                       and c.resolve_due_at < coalesce(c.resolved_at, :now)) as overdue,
                                   count(*) filter (where c.returned_at is not null) as returned,
                                   count(*) filter (where c.state = 'CLOSED' and c.merged_into is null
                                       and c.rating_solved = false) as explained,
                                   count(*) filter (where c.state = 'REJECTED') as rejected
                            from cases.case_file c""" + where(code) + """
                            group by grouping sets ((left(c.category_code, 2)), (c.category_code), (c.channel), ())
                        ) g left join cases.category k on k.code = coalesce(g.leaf, g.major)
                        order by g.cases desc, coalesce(g.leaf, g.major, g.channel)""")
                .param("code", code).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("now", Timestamp.from(now))
                .query(rs -> {
                    long cases = rs.getLong("cases");
                    // grouping(): a bit set for each expression left out of the row's set, major first
                    switch (rs.getInt("sets")) {
                        case 0b011 -> majors.add(new CategoryCount(rs.getString("major"), rs.getString("name"), cases));
                        case 0b101 -> leaves.add(new CategoryCount(rs.getString("leaf"), rs.getString("name"), cases));
                        case 0b110 -> channels.add(new ChannelCount(CaseChannel.valueOf(rs.getString("channel")), cases));
                        default -> {
                            totals[0] = cases;
                            totals[1] = rs.getLong("closed");
                            totals[2] = rs.getLong("overdue");
                            totals[3] = rs.getLong("returned");
                            totals[4] = rs.getLong("explained");
                            totals[5] = rs.getLong("rejected");
                        }
                    }
                });
        return new CaseFigures.Tally(totals[0], totals[1], totals[2], totals[3], totals[4], totals[5],
                List.copyOf(majors), List.copyOf(leaves), List.copyOf(channels));
    }

    List<PlaceCount> byPlace(String code, Instant from, Instant to) {
        return jdbc.sql("""
                        select g.place, g.major, k.name, g.cases from (
                            select c.territory_code as place, left(c.category_code, 2) as major, count(*) as cases
                            from cases.case_file c""" + where(code) + """
                            group by 1, 2
                        ) g left join cases.category k on k.code = g.major
                        order by g.cases desc, g.place, g.major""")
                .param("code", code).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> new PlaceCount(rs.getString("place"), rs.getString("major"), rs.getString("name"),
                        rs.getLong("cases")))
                .list();
    }

    CaseFigures.RepeatReporters repeatReporters(String code, Instant from, Instant to, int atLeast) {
        return jdbc.sql("""
                        select count(*) as reporters, coalesce(sum(n), 0) as cases from (
                            select c.reporter_id, count(*) as n from cases.case_file c""" + where(code) + """
                               and c.reporter_id is not null
                            group by c.reporter_id having count(*) >= :atLeast
                        ) r""")
                .param("code", code).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("atLeast", atLeast)
                .query((rs, n) -> new CaseFigures.RepeatReporters(rs.getLong("reporters"), rs.getLong("cases")))
                .single();
    }

    List<MonthlyPairCount> pairsByMonth(String code, Instant from, Instant to, int atLeast) {
        return jdbc.sql("""
                        select g.place, g.category, k.name, g.month, g.cases from (
                            select c.territory_code as place, c.category_code as category,
                                   to_char(c.received_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, count(*) as cases
                            from cases.case_file c""" + where(code) + """
                            group by 1, 2, 3 having count(*) >= :atLeast
                        ) g join cases.category k on k.code = g.category
                        order by g.place, g.category, g.month""")
                .param("code", code).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("atLeast", atLeast)
                .query((rs, n) -> new MonthlyPairCount(rs.getString("place"), rs.getString("category"),
                        rs.getString("name"), rs.getString("month"), rs.getLong("cases")))
                .list();
    }
}
