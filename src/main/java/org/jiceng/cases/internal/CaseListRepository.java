package org.jiceng.cases.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.jiceng.cases.CaseView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lists of cases, a page at a time, within a {@link Scope}. */
@Repository
class CaseListRepository {

    private final JdbcClient jdbc;

    CaseListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Newest first, keyset on (received_at, id). The list is a union of parts, each able to walk an index newest
     * first and stop after a page: one per territory prefix of the scope (a grid, a village or a town by its code's
     * prefix, a county by time alone), the cases whistled to the user's unit, and — for those without a territory,
     * or asking for {@code mine} — the user's own and followed cases. An OR of these in one WHERE clause would
     * make PostgreSQL fetch and sort every case of a town at the size of a year of 12345 orders.
     */
    List<CaseView> list(Scope scope, Long reporterId, Long unitId, CaseFilter filter, byte[] phoneIndex, Instant now,
                        OffsetDateTime beforeTime, long beforeId, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder filters = new StringBuilder(" and (c.received_at, c.id) < (:beforeTime, :beforeId)");
        if (filter.state() != null) {
            filters.append(" and c.state = :state");
            params.put("state", filter.state().name());
        }
        if (filter.category() != null) {
            filters.append(" and c.category_code >= :category and c.category_code < :categoryEnd");
            params.put("category", filter.category());
            params.put("categoryEnd", filter.category() + "\uffff");
        }
        if (filter.level() != null) {
            filters.append(" and c.level = :level");
            params.put("level", filter.level());
        }
        if (filter.overdueOnly()) {
            filters.append(" and c.state not in ('CLOSED', 'REJECTED') and c.resolved_at is null and c.resolve_due_at < :now");
            params.put("now", Timestamp.from(now));
        }
        deskFilters(filter, phoneIndex, now, filters, params);
        List<String> parts = new ArrayList<>();
        if (filter.mineOnly()) {
            parts.add("c.reporter_id = :reporter");
            parts.add("c.public and c.id in (select f.case_id from cases.case_follower f where f.user_id = :reporter)");
        } else {
            Scope visible = filter.territory() == null ? scope : scope.narrowedTo(filter.territory());
            int n = 0;
            for (String prefix : visible.prefixes()) {
                String name = "prefix" + n++;
                params.put(name, prefix);
                parts.add(switch (prefix.length()) {
                    case 15 -> "c.territory_code = :" + name;
                    case 12 -> "left(c.territory_code, 12) = :" + name;
                    case 9 -> "left(c.territory_code, 9) = :" + name;
                    default -> "left(c.territory_code, " + prefix.length() + ") = :" + name;
                });
            }
            if (filter.territory() == null && unitId != null) {
                parts.add("c.lead_unit_id = :unit");
                parts.add("c.id in (select u.case_id from cases.case_unit u where u.unit_id = :unit and not u.lead)");
            }
            if (filter.territory() == null && scope.isEmpty() && unitId == null) {
                parts.add("c.reporter_id = :reporter");
                parts.add("c.public and c.id in (select f.case_id from cases.case_follower f where f.user_id = :reporter)");
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        String union = parts.stream()
                .map(part -> "(select c.id, c.received_at from cases.case_file c where " + part + filters
                        + " order by c.received_at desc, c.id desc limit :limit)")
                .reduce((a, b) -> a + " union " + b).orElseThrow();
        return jdbc.sql("select " + CaseRepository.COLUMNS + " from (" + union + ") page join cases.case_file c on c.id = page.id"
                        + " join cases.category k on k.code = c.category_code order by c.received_at desc, c.id desc limit :limit")
                .params(params).param("reporter", reporterId).param("unit", unitId)
                .param("beforeTime", beforeTime).param("beforeId", beforeId).param("limit", limit)
                .query((rs, n) -> CaseRepository.view(rs)).list();
    }

    /**
     * The desk's filters, each a condition on one column of the case, so every part of the union still walks its
     * index newest first. A number is matched from its start (its digits and dashes only: no pattern reaches LIKE),
     * a phone by its blind index; days are Beijing days, their bounds taken from the clock's instant.
     */
    private static void deskFilters(CaseFilter filter, byte[] phoneIndex, Instant now, StringBuilder filters,
                                    Map<String, Object> params) {
        if (filter.number() != null) {
            filters.append(" and c.number like :number");
            params.put("number", filter.number() + "%");
        }
        if (filter.phone() != null) {
            filters.append(" and c.reporter_phone_index = :phoneIndex");
            params.put("phoneIndex", phoneIndex);
        }
        if (filter.unitId() != null) {
            filters.append(" and c.lead_unit_id = :leadUnit");
            params.put("leadUnit", filter.unitId());
        }
        if (filter.channel() != null) {
            filters.append(" and c.channel = :channel");
            params.put("channel", filter.channel());
        }
        if (filter.from() != null) {
            filters.append(" and c.received_at >= :fromAt");
            params.put("fromAt", startOf(filter.from()));
        }
        if (filter.to() != null) {
            filters.append(" and c.received_at < :toAt");
            params.put("toAt", startOf(filter.to().plusDays(1)));
        }
        LocalDate today = LocalDate.ofInstant(now, Beijing.ZONE);
        if (filter.newToday() || filter.dueToday()) {
            params.put("todayStart", startOf(today));
            params.put("tomorrowStart", startOf(today.plusDays(1)));
        }
        if (filter.newToday()) {
            filters.append(" and c.received_at >= :todayStart and c.received_at < :tomorrowStart");
        }
        if (filter.dueToday()) {
            filters.append(" and c.state not in ('CLOSED', 'REJECTED') and c.resolved_at is null"
                    + " and c.resolve_due_at >= :todayStart and c.resolve_due_at < :tomorrowStart");
        }
        if (Boolean.TRUE.equals(filter.closed())) {
            filters.append(" and c.state in ('CLOSED', 'REJECTED')");
        } else if (Boolean.FALSE.equals(filter.closed())) {
            filters.append(" and c.state not in ('CLOSED', 'REJECTED')");
        }
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(Beijing.ZONE).toInstant());
    }
}
