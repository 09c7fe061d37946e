package org.jiceng.assessment.internal.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.ForbiddenException;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.jiceng.assessment.internal.inspection.InspectionViews.FindingDetail;
import org.jiceng.assessment.internal.inspection.InspectionViews.FindingView;
import org.jiceng.assessment.internal.inspection.InspectionViews.InspectionView;
import org.jiceng.cases.InboxNotice;
import org.jiceng.territory.TerritoryApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspection team records an inspection of a place (立项) and its findings (问题清单), each with a category,
 * the responsible unit (a department, or a town or village) and a deadline; each finding is at once a
 * rectification task of that unit.
 */
@Service
public class Inspections {

    static final int TITLE_MAX = 80;
    static final int TEXT_MAX = 2000;

    private final InspectionRepository rows;
    private final InspectionViews views;
    private final TerritoryApi territory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inspections(InspectionRepository rows, InspectionViews views, TerritoryApi territory,
                ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.views = views;
        this.territory = territory;
        this.events = events;
        this.clock = clock;
    }

    public record InspectionRequest(String territoryCode, String title, String target, String startsOn, String endsOn) {
    }

    public record FindingRequest(String category, String description, String territoryCode, Long unitId,
                                 String deadline) {
    }

    @Transactional
    public long record(InspectionRequest request, CurrentUser user) {
        String code = Input.text(request.territoryCode(), "territoryCode", "巡察对象所在地", 6, 12);
        if (territory.division(code).isEmpty()) {
            throw new BadInputException("territoryCode", "区划 " + code + " 不存在");
        }
        InspectionAccess.check(user, Action.CREATE, code, null);
        String title = Input.text(request.title(), "title", "巡察名称", 2, TITLE_MAX);
        String target = Input.text(request.target(), "target", "巡察对象", 2, 500);
        LocalDate startsOn = Input.date(request.startsOn(), "startsOn", "开始日期", null);
        LocalDate endsOn = Input.date(request.endsOn(), "endsOn", "结束日期", null);
        if (endsOn.isBefore(startsOn)) {
            throw new BadInputException("endsOn", "结束日期 " + endsOn + " 早于开始日期 " + startsOn);
        }
        return rows.insertInspection(code, title, target, startsOn, endsOn, user.id());
    }

    public InspectionView inspection(long id, CurrentUser user) {
        return rows.inspection(id, InspectionAccess.scope(user, Action.READ), InspectionAccess.unit(user, Action.READ))
                .map(views::inspection).orElseThrow(() -> new NotFoundException("巡察 " + id + " 不存在或不在您的辖区内"));
    }

    public Page<InspectionView> inspections(CurrentUser user, String after, int limit) {
        return Page.byId(rows.inspections(InspectionAccess.scope(user, Action.READ), InspectionAccess.unit(user, Action.READ),
                Cursor.idBelow(after), limit + 1).stream().map(views::inspection).toList(), limit, InspectionView::id);
    }

    /** A finding of the inspection, given to a department ({@code unitId}) or to a place within the inspection's. */
    @Transactional
    public long find(long inspectionId, FindingRequest request, CurrentUser user) {
        InspectionView inspection = inspection(inspectionId, user);
        InspectionAccess.check(user, Action.MANAGE, inspection.territoryCode(), null);
        String category = Input.oneOf(FindingCategory.class, request.category(), "category", "问题类别",
                FindingCategory::label, null).name();
        String description = Input.text(request.description(), "description", "问题描述", 2, TEXT_MAX);
        LocalDate deadline = Input.date(request.deadline(), "deadline", "整改期限", null);
        if (deadline.isBefore(inspection.startsOn())) {
            throw new BadInputException("deadline", "整改期限 " + deadline + " 早于巡察开始日期");
        }
        Responsible responsible = responsible(request.territoryCode(), request.unitId(), inspection.territoryCode(), user);
        long id = rows.insertFinding(inspectionId, responsible.territory(), responsible.unit(), category, description,
                deadline, user.id());
        rows.event(id, FindingStep.OPEN, "责任单位：" + views.responsible(responsible.territory(), responsible.unit())
                + "，整改期限 " + deadline, user.id(), user.displayName(), OffsetDateTime.now(clock));
        if (responsible.unit() == null) {
            // a place's staff learn of it in their inbox; a department finds it on its rectification list
            events.publishEvent(new InboxNotice("inspection.finding:" + id, responsible.territory(), "inspection.finding",
                    "巡察发现问题待整改", inspection.title() + "：" + description + "（整改期限 " + deadline + "）"));
        }
        return id;
    }

    record Responsible(String territory, Long unit) {
    }

    /** A department of the county, or a town or village inside the inspected place; exactly one of them. */
    Responsible responsible(String code, Long unitId, String inspected, CurrentUser user) {
        if (unitId != null && code != null && !code.isBlank()) {
            throw new BadInputException("unitId", "责任单位只能是一个部门或一个镇(街道)、村(社区)，不能同时填写");
        }
        String county = inspected.substring(0, 6);
        if (unitId != null) {
            var unit = territory.unit(Input.id(unitId, "unitId", "责任部门")).filter(u -> u.territoryCode().startsWith(county))
                    .orElseThrow(() -> new BadInputException("unitId", "部门 " + unitId + " 不存在或不属于本县"));
            return new Responsible(county, unit.id());
        }
        String place = Input.text(code, "territoryCode", "责任镇(街道)或村(社区)", 9, 12);
        if (territory.division(place).isEmpty()) {
            throw new BadInputException("territoryCode", "区划 " + place + " 不存在");
        }
        if (!place.startsWith(inspected)) {
            throw new BadInputException("territoryCode", "责任单位须在巡察对象范围内");
        }
        return new Responsible(place, null);
    }

    public FindingView finding(long id, CurrentUser user) {
        return views.finding(row(id, user));
    }

    InspectionRepository.FindingRow row(long id, CurrentUser user) {
        return rows.finding(id, InspectionAccess.scope(user, Action.READ), InspectionAccess.unit(user, Action.READ))
                .orElseThrow(() -> new NotFoundException("问题 " + id + " 不存在或不在您的辖区内"));
    }

    public FindingDetail detail(long id, CurrentUser user) {
        FindingView finding = finding(id, user);
        return new FindingDetail(finding, rows.events(id).stream().map(views::event).toList(),
                rows.evidence(id).stream().map(views::evidence).toList());
    }

    /** Findings the person reads: of one inspection, in one state, or only late ones. */
    public Page<FindingView> findings(CurrentUser user, Long inspection, FindingState status, boolean late, String after,
                                      int limit) {
        Scope scope = InspectionAccess.scope(user, Action.READ);
        Long unit = InspectionAccess.unit(user, Action.READ);
        if (scope.isEmpty() && unit == null) {
            throw new ForbiddenException("您没有查看巡察整改的权限");
        }
        return Page.byId(rows.findings(scope, unit, inspection, status, late ? Beijing.today(clock) : null,
                Cursor.idBelow(after), limit + 1).stream().map(views::finding).toList(), limit, FindingView::id);
    }
}
