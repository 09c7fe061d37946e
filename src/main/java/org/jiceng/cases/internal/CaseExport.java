package org.jiceng.cases.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Redaction;
import org.jiceng.Resource;
import org.jiceng.XlsxSheet;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.Satisfaction;
import org.jiceng.identity.AuditTrail;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.territory.UnitView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The filtered case list as an Excel 台账: the rows the list pages show, read through the same list path in
 * keyset batches (so the same filters, scope and masking apply: the reporter is named in full only to those who
 * may read the contact, masked or left out otherwise), written to a streaming sheet. More rows than the cap are
 * refused before anything is sent. Every export is written to the audit log.
 */
@Component
public class CaseExport {

    static final List<String> HEADINGS = List.of("编号", "类别", "问题描述", "地点", "所属区划/网格", "渠道", "状态", "层级",
            "承办单位", "反映人", "受理时间", "办结期限", "办结时间", "是否超期", "是否解决", "满意度", "重办次数");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int BATCH = 500;

    private final CaseService cases;
    private final TerritoryApi territory;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxRows;

    CaseExport(CaseService cases, TerritoryApi territory, AuditTrail audit, Clock clock,
               @Value("${jiceng.cases.export.max-rows:100000}") int maxRows) {
        this.cases = cases;
        this.territory = territory;
        this.audit = audit;
        this.clock = clock;
        this.maxRows = maxRows;
    }

    /** Refuses (403) one whom no row of the policy lets export cases; call before anything else. */
    public static void checkMayExport(CurrentUser user) {
        if (!AccessPolicy.mayAtAll(user, Resource.CASE, Action.EXPORT)) {
            throw AccessPolicy.refusal(Resource.CASE, Action.EXPORT);
        }
    }

    /**
     * The sheet of the cases {@code filter} finds for {@code user}, filled but not yet sent; the caller sets the
     * response's headers, then {@link XlsxSheet#writeTo}s it and closes it. 400 beyond the cap, 403 outside the scope.
     */
    public XlsxSheet sheet(CurrentUser user, CaseFilter filter) {
        checkMayExport(user);
        XlsxSheet sheet = new XlsxSheet("诉求台账", HEADINGS).width(2, 30).width(3, 16).width(8, 12).width(10, 9);
        try {
            Instant now = clock.instant();
            Names names = new Names(user);
            // who reads no reporter's contact (oversight) gets no number a resident typed into a description either
            boolean redact = !AccessPolicy.mayAtAll(user, Resource.REPORTER_CONTACT, Action.READ);
            each(user, filter, view -> {
                if (sheet.rows() >= maxRows) {
                    throw new BadInputException("符合条件的诉求超过 " + maxRows + " 件，无法一次导出；请缩小范围（如按日期、网格或状态筛选）后再导出");
                }
                sheet.row(row(view, redact ? Redaction.redact(view.description()) : view.description(), names, now));
            });
            audit.record(user, "CASES_EXPORTED", "导出诉求台账 " + sheet.rows() + " 件" + described(filter));
            return sheet;
        } catch (RuntimeException e) {
            close(sheet);
            throw e;
        }
    }

    /** Every case the list path finds, newest first, a batch at a time (keyset on received at and id). */
    void each(CurrentUser user, CaseFilter filter, Consumer<CaseView> row) {
        OffsetDateTime beforeTime = OffsetDateTime.of(9999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        long beforeId = Long.MAX_VALUE;
        while (true) {
            List<CaseView> batch = cases.list(user, filter, beforeTime, beforeId, BATCH);
            batch.forEach(row);
            if (batch.size() < BATCH) {
                return;
            }
            CaseView last = batch.getLast();
            beforeTime = last.receivedAt();
            beforeId = last.id();
        }
    }

    private static Object[] row(CaseView c, String description, Names names, Instant now) {
        return new Object[] {c.number(), c.categoryName(), description,
                c.address() != null && !c.address().isBlank() ? c.address() : names.place(c.territoryCode()),
                c.territoryCode(), channel(c.channel()), c.stateLabel(), level(c.level()), names.unit(c.leadUnitId()),
                c.reporterName(), time(c.receivedAt()), time(c.resolveDueAt()), time(c.resolvedAt()),
                c.overdueAt(now) || late(c) ? "是" : "否",
                c.ratingSolved() == null ? null : c.ratingSolved() ? "已解决" : "未解决",
                satisfaction(c.ratingSatisfaction()), c.reopenCount()};
    }

    /** Resolved after its deadline: overdue once, still counted so in the 台账. */
    private static boolean late(CaseView c) {
        return c.resolvedAt() != null && c.resolvedAt().isAfter(c.resolveDueAt());
    }

    static String time(OffsetDateTime at) {
        return at == null ? null : TIME.format(at.atZoneSameInstant(Beijing.ZONE));
    }

    private static String channel(String name) {
        try {
            return CaseChannel.valueOf(name).label();
        } catch (RuntimeException e) {
            return name;
        }
    }

    private static String level(String name) {
        try {
            return CaseLevel.valueOf(name).label();
        } catch (RuntimeException e) {
            return name;
        }
    }

    private static String satisfaction(String name) {
        try {
            return name == null ? null : Satisfaction.valueOf(name).label();
        } catch (RuntimeException e) {
            return name;
        }
    }

    /** Where the export reached; never the other conditions, which may hold a reporter's phone. */
    private static String described(CaseFilter filter) {
        return filter.territory() == null ? "（本人辖区）" : "（区域 " + filter.territory() + "）";
    }

    private static void close(XlsxSheet sheet) {
        try {
            sheet.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names of places and units, each asked once per export. */
    private final class Names {
        private final CurrentUser user;
        private final Map<String, String> places = new HashMap<>();
        private final Map<Long, String> units = new HashMap<>();

        Names(CurrentUser user) {
            this.user = user;
        }

        String place(String code) {
            return places.computeIfAbsent(code, c -> c.length() == 15
                    ? territory.grid(c, user.scope()).map(GridView::name).orElse(c)
                    : territory.division(c).map(DivisionView::name).orElse(c));
        }

        String unit(Long id) {
            return id == null ? null : units.computeIfAbsent(id, i -> territory.unit(i).map(UnitView::name).orElse("单位 " + i));
        }
    }
}
