package org.jiceng.visits.internal.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.County;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 走院子 (seed 002): each week a town or village cadre walks a village, a grid or a courtyard, planning the
 * households to call on; visits carrying the round's id count towards it, so the round shows done of planned.
 */
@Service
public class RoundService {

    private final RoundRepository rounds;
    private final VisitService visits;
    private final Clock clock;

    RoundService(RoundRepository rounds, VisitService visits, Clock clock) {
        this.rounds = rounds;
        this.visits = visits;
        this.clock = clock;
    }

    @Transactional
    public VisitViews.RoundView plan(CurrentUser user, VisitRequests.NewRound r) {
        String place = r.territoryCode() == null ? "" : r.territoryCode().strip();
        if (!place.matches("[0-9]{12}([0-9]{3})?")) {
            throw new BadInputException("territoryCode", "走院子的范围（territoryCode）须为 12 位村(社区)或 15 位网格代码");
        }
        VisitAccess.check(user, Action.CREATE, VisitAccess.target(place, false), "区域 " + place + " 不存在或不在您的辖区内");
        LocalDate week = Input.date(r.week(), "week", "周次（周一的日期）",
                LocalDate.now(clock.withZone(Beijing.ZONE)).with(java.time.DayOfWeek.MONDAY));
        if (!VisitRules.isMonday(week)) {
            throw new BadInputException("week", "周次（week）须为该周周一的日期，如 " + week.with(java.time.DayOfWeek.MONDAY));
        }
        if (r.householdIds().isEmpty() || r.householdIds().size() > 200) {
            throw new BadInputException("householdIds", "请选择本轮要走访的户（1 到 200 户）");
        }
        for (Long id : r.householdIds()) {
            VisitRepository.Household household = visits.household(user, Input.id(id, "householdIds", "计划走访的户"),
                    Action.CREATE);
            if (!household.territoryCode().startsWith(place)) {
                throw new BadInputException("householdIds", "户 " + id + " 不在本轮走院子的范围内");
            }
        }
        String courtyard = Input.optionalText(r.courtyard(), "courtyard", "院落", 60);
        String county = County.of(place);
        long id = rounds.insert(county, place, courtyard, week, user.id(), user.displayName());
        rounds.plan(id, county, r.householdIds());
        return find(user, id);
    }

    public VisitViews.RoundView find(CurrentUser user, long id) {
        RoundRepository.Row row = rounds.find(id, scope(user))
                .orElseThrow(() -> new NotFoundException("走院子轮次 " + id + " 不存在或不在您的辖区内"));
        return view(row, rounds.households(row.id(), row.county()));
    }

    public Page<VisitViews.RoundView> list(CurrentUser user, String territory, String week, String after, Integer limit) {
        Scope scope = scope(user);
        if (territory != null && !territory.isBlank()) {
            if (!territory.strip().matches("[0-9]{6,15}")) {
                throw new BadInputException("territory", "区划（territory）须为 6 到 15 位数字代码");
            }
            scope = scope.narrowedTo(territory.strip());
        }
        LocalDate monday = week == null || week.isBlank() ? null : Input.date(week, "week", "周次（周一的日期）", null);
        int n = Page.limit(limit);
        List<VisitViews.RoundView> rows = rounds.list(scope, monday, Cursor.idBelow(after), n + 1).stream()
                .map(row -> view(row, List.of())).toList();
        return Page.byId(rows, n, VisitViews.RoundView::id);
    }

    private Scope scope(CurrentUser user) {
        return VisitAccess.readers(user, Action.READ, visits.today()).scope();
    }

    private static VisitViews.RoundView view(RoundRepository.Row row, List<VisitViews.RoundHousehold> households) {
        return new VisitViews.RoundView(row.id(), row.territoryCode(), row.courtyard(), row.week(), row.cadreName(),
                row.planned(), row.done(), households);
    }
}
