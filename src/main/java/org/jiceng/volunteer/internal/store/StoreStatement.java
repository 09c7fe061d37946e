package org.jiceng.volunteer.internal.store;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.XlsxSheet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The monthly stock statement of a community's store: per good, the units at the start of the month, in
 * (donations), out (redemptions) and at its end, counted from the movements (months in Beijing time). No names
 * appear on it, so a community's residents read it as its staff do.
 */
@Service
public class StoreStatement {

    /** One good's month. */
    public record Line(long goodId, String name, long price, long opening, long in, long out, long closing) {
    }

    public record Statement(String communityCode, YearMonth month, List<Line> lines, long in, long out) {
    }

    private final JdbcClient jdbc;
    private final StoreAccess access;

    StoreStatement(JdbcClient jdbc, StoreAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    public Statement of(CurrentUser user, String communityCode, String month, Action action) {
        StoreGoods.checkCommunity(communityCode);
        access.check(user, action, communityCode);
        YearMonth ym = month(month);
        OffsetDateTime from = ym.atDay(1).atStartOfDay(Beijing.ZONE).toOffsetDateTime();
        OffsetDateTime to = ym.plusMonths(1).atDay(1).atStartOfDay(Beijing.ZONE).toOffsetDateTime();
        List<Line> lines = jdbc.sql("""
                        select g.id, g.name, g.price,
                               coalesce(sum(m.quantity) filter (where m.at < :from), 0) as opening,
                               coalesce(sum(m.quantity) filter (where m.at >= :from and m.at < :to and m.quantity > 0), 0) as qin,
                               coalesce(-sum(m.quantity) filter (where m.at >= :from and m.at < :to and m.quantity < 0), 0) as qout
                        from volunteer.store_good g
                        left join volunteer.store_movement m on m.good_id = g.id and m.county = g.county and m.at < :to
                        where g.community_code = :c and g.county = :county and g.created_at < :to
                        group by g.id, g.name, g.price order by g.name, g.id""")
                .param("from", from).param("to", to).param("c", communityCode).param("county", communityCode.substring(0, 6))
                .query((rs, n) -> {
                    long opening = rs.getLong("opening");
                    long in = rs.getLong("qin");
                    long out = rs.getLong("qout");
                    return new Line(rs.getLong(1), rs.getString(2), rs.getLong(3), opening, in, out, opening + in - out);
                }).list();
        return new Statement(communityCode, ym, lines, lines.stream().mapToLong(Line::in).sum(),
                lines.stream().mapToLong(Line::out).sum());
    }

    public void writeXlsx(Statement s, OutputStream out) throws IOException {
        try (XlsxSheet sheet = new XlsxSheet(s.month() + " 库存", List.of("商品", "兑换积分", "月初", "入库（捐赠）", "出库（兑换）", "月末"))) {
            sheet.width(0, 16);
            for (Line l : s.lines()) {
                sheet.row(l.name(), l.price(), l.opening(), l.in(), l.out(), l.closing());
            }
            sheet.row("合计", null, null, s.in(), s.out(), null);
            sheet.writeTo(out);
        }
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException("month", "月份格式应为 2026-05");
        }
    }
}
