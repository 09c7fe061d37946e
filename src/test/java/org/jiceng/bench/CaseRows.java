package org.jiceng.bench;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jiceng.analytics.CaseLoopSimulator;
import org.jiceng.cases.CaseChannel;
import org.postgresql.copy.CopyIn;

/** Writes simulated cases as rows of cases.case_file in COPY text format, a megabyte at a time. */
final class CaseRows implements AutoCloseable {

    static final String COLUMNS = "id, number, territory_code, category_code, description, channel, reporter_id, state, "
            + "level, lead_unit_id, received_at, response_due_at, check_in_due_at, resolve_due_at, reopen_count, "
            + "rating_solved, rating_satisfaction, dispatcher_territory, dispatched_at, responded_at, merged_into, "
            + "resolved_at, replied_at, closed_at, closed_level, county";

    private static final String[] WORDS = {"路灯不亮，夜间出行不便", "小区垃圾未及时清运", "占道经营影响通行",
            "楼上漏水渗到我家", "噪音扰民影响休息", "路面坑洼积水", "邻里因排水沟发生纠纷", "养老金发放咨询",
            "医保报销问题咨询", "学校周边交通拥堵", "下水道堵塞", "违规广告牌存在安全隐患"};

    private final CopyIn copy;
    private final StringBuilder text = new StringBuilder(1 << 21);
    private long bytes;

    CaseRows(CopyIn copy) {
        this.copy = copy;
    }

    void add(CaseLoopSimulator.Row r) throws SQLException {
        text.append(r.id()).append('\t').append(r.number()).append('\t').append(r.territoryCode()).append('\t')
                .append(r.categoryCode()).append('\t').append(WORDS[(int) (r.id() % WORDS.length)]).append('\t')
                .append(r.channel()).append('\t');
        if (r.channel() == CaseChannel.RESIDENT) {
            text.append(10_000_000 + r.id() % 400_000);
        } else {
            text.append("\\N");
        }
        text.append('\t').append(r.state()).append('\t').append(r.level()).append('\t');
        value(r.leadUnitId());
        time(r.receivedAt());
        time(r.responseDueAt());
        time(r.dispatchedAt() == null ? null : r.dispatchedAt().plusSeconds(86_400));
        time(r.receivedAt().plusSeconds(5 * 86_400));
        text.append(r.reopenCount()).append('\t');
        value(r.rating() == null ? null : r.rating().solved() ? "t" : "f");
        value(r.rating() == null ? null : r.rating().satisfaction());
        value(r.dispatchedAt() == null ? null : r.territoryCode().substring(0, 9));
        time(r.dispatchedAt());
        time(r.respondedAt());
        value(r.mergedInto());
        time(r.resolvedAt());
        time(r.repliedAt());
        time(r.closedAt());
        text.append(r.closedLevel() == null ? "\\N" : r.closedLevel().name()).append('\t')
                .append(r.territoryCode(), 0, 6).append('\n');
        if (text.length() > 1 << 20) {
            flush();
        }
    }

    private void value(Object v) {
        text.append(v == null ? "\\N" : v.toString()).append('\t');
    }

    /** {@code 2026-03-05 10:00:00.123456+00}, without a formatter: 170 million of them. */
    private void time(Instant at) {
        if (at == null) {
            text.append("\\N\t");
            return;
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(at.getEpochSecond(), at.getNano(), ZoneOffset.UTC);
        text.append(t.getYear()).append('-');
        two(t.getMonthValue());
        text.append('-');
        two(t.getDayOfMonth());
        text.append(' ');
        two(t.getHour());
        text.append(':');
        two(t.getMinute());
        text.append(':');
        two(t.getSecond());
        String micros = Integer.toString(1_000_000 + at.getNano() / 1000);
        text.append('.').append(micros, 1, 7).append("+00\t");
    }

    private void two(int n) {
        text.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    private void flush() throws SQLException {
        byte[] chunk = text.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(chunk, 0, chunk.length);
        bytes += chunk.length;
        text.setLength(0);
    }

    long bytes() {
        return bytes;
    }

    @Override
    public void close() throws SQLException {
        flush();
        copy.endCopy();
    }

}
