package org.jiceng.assessment.internal.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Scope;
import org.jiceng.assessment.internal.inspection.FindingRules.Rate;
import org.jiceng.assessment.internal.inspection.InspectionRepository.FindingRow;
import org.springframework.stereotype.Service;

/**
 * The ledger of findings per responsible unit (整改台账): how many it was given, how many are still with it, late,
 * accepted and cancelled, and its rate of on-time rectification as an exact fraction (on time over due).
 */
@Service
public class FindingLedger {

    public record Line(String territoryCode, Long unitId, String unit, long findings, long open, long late,
                       long accepted, long cancelled, long onTime, long due, String rate) {

        public Rate fraction() {
            return new Rate(onTime, due);
        }
    }

    public record Ledger(LocalDate on, List<Line> lines, Line total) {
    }

    private final InspectionRepository rows;
    private final InspectionViews views;
    private final Clock clock;

    FindingLedger(InspectionRepository rows, InspectionViews views, Clock clock) {
        this.rows = rows;
        this.views = views;
        this.clock = clock;
    }

    public Ledger ledger(CurrentUser user, Action action) {
        Scope scope = InspectionAccess.scope(user, action);
        Long unit = InspectionAccess.unit(user, action);
        if (scope.isEmpty() && unit == null) {
            throw new ForbiddenException("您没有查看巡察整改台账的权限");
        }
        return of(rows.allFindings(scope, unit), Beijing.today(clock));
    }

    Ledger of(List<FindingRow> findings, LocalDate today) {
        Map<String, List<FindingRow>> byUnit = new LinkedHashMap<>();
        findings.stream().sorted((a, b) -> key(a).compareTo(key(b)))
                .forEach(f -> byUnit.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f));
        List<Line> lines = new ArrayList<>();
        byUnit.values().forEach(group -> lines.add(line(group.getFirst().territoryCode(), group.getFirst().unitId(),
                views.responsible(group.getFirst().territoryCode(), group.getFirst().unitId()), group, today)));
        return new Ledger(today, lines, line(null, null, "合计", findings, today));
    }

    private static String key(FindingRow f) {
        return f.territoryCode() + "/" + Objects.requireNonNullElse(f.unitId(), 0L);
    }

    static Line line(String territory, Long unitId, String name, List<FindingRow> group, LocalDate today) {
        long open = 0, late = 0, accepted = 0, cancelled = 0, onTime = 0, due = 0;
        for (FindingRow f : group) {
            if (!f.status().rectified()) {
                open++;
            }
            if (f.status() == FindingState.ACCEPTED) {
                accepted++;
            }
            if (f.status() == FindingState.CANCELLED) {
                cancelled++;
            }
            if (FindingRules.late(f.status(), f.deadline(), f.submittedOn(), today)) {
                late++;
            }
            if (FindingRules.due(f.status(), f.deadline(), today)) {
                due++;
                if (f.status().rectified() && Boolean.TRUE.equals(f.onTime())) {
                    onTime++;
                }
            }
        }
        return new Line(territory, unitId, name, group.size(), open, late, accepted, cancelled, onTime, due,
                new Rate(onTime, due).shown());
    }
}
