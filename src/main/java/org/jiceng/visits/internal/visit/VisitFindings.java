package org.jiceng.visits.internal.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.Scope;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseIntake;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CasesApi;
import org.jiceng.mediation.DisputeFiling;
import org.jiceng.mediation.DisputeType;
import org.jiceng.mediation.DisputeView;
import org.jiceng.mediation.DisputesApi;
import org.jiceng.mediation.RiskLevel;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A visit's finding opens something in one step: a case (which keeps the visit as its source), a dispute, or a
 * change asked of the household's care plan. Each is written with the visit's record of it in one transaction; the
 * other module's own checks (who may file, who may register) still apply and refuse as they would on their forms.
 */
@Service
public class VisitFindings {

    private final VisitService visits;
    private final VisitRepository rows;
    private final CasesApi cases;
    private final DisputesApi disputes;
    private final TerritoryApi territory;
    private final Clock clock;

    VisitFindings(VisitService visits, VisitRepository rows, CasesApi cases, DisputesApi disputes, TerritoryApi territory,
                  Clock clock) {
        this.visits = visits;
        this.rows = rows;
        this.cases = cases;
        this.disputes = disputes;
        this.territory = territory;
        this.clock = clock;
    }

    @Transactional
    public VisitViews.VisitView openCase(CurrentUser user, long id, VisitRequests.CaseFromVisit r) {
        VisitRepository.Stored visit = visits.stored(user, id, Action.ACT);
        String request = null;
        if (r.requestId() != null) {
            request = rows.openRequest(id, r.requestId()).orElseThrow(() -> new ConflictException(
                    "该群众诉求不属于这条走访记录，或已办结、已转为诉求"));
        }
        String description = firstGiven(r.description(), request, visit.found());
        double[] point = point(visit);
        // the photos go along only for their uploader: the case module links an attachment to its uploader's case alone
        List<String> photos = visit.visitorId() == user.id() ? visit.photoIds() : List.of();
        CaseView filed = cases.file(user, new CaseIntake(r.categoryCode(), description, point[0], point[1],
                visit.address(), CaseChannel.VISIT.name(), photos).from("visit:" + id));
        if (r.requestId() != null) {
            rows.turnedIntoCase(id, r.requestId());
        }
        rows.addOpened(visit, "CASE", filed.id(), filed.number() + " " + filed.categoryName(), user.id(), clock.instant());
        return visits.view(visit);
    }

    @Transactional
    public VisitViews.VisitView openDispute(CurrentUser user, long id, VisitRequests.DisputeFromVisit r) {
        VisitRepository.Stored visit = visits.stored(user, id, Action.ACT);
        DisputeType type = Input.oneOf(DisputeType.class, r.type(), "type", "纠纷类型", DisputeType::label, null);
        RiskLevel risk = Input.oneOf(RiskLevel.class, r.risk(), "risk", "风险等级", RiskLevel::label, RiskLevel.GREEN);
        String summary = firstGiven(r.summary(), visit.found(), null);
        String title = r.title() == null || r.title().isBlank() ? type.label() : r.title();
        DisputeView registered = disputes.register(user, new DisputeFiling(title, summary, type, risk,
                visit.territoryCode(), Input.text(r.applicant(), "applicant", "申请人", 1, 60),
                Input.text(r.respondent(), "respondent", "被申请人", 1, 60)));
        rows.addOpened(visit, "DISPUTE", registered.id(), registered.number() + " " + registered.title(), user.id(),
                clock.instant());
        return visits.view(visit);
    }

    /** Appends the change, dated and signed, to the household's active care plan's needs and measures. */
    @Transactional
    public VisitViews.VisitView carePlanNote(CurrentUser user, long id, VisitRequests.CarePlanNote r) {
        VisitRepository.Stored visit = visits.stored(user, id, Action.ACT);
        String needs = Input.optionalText(r.needs(), "needs", "需求变化", 1000);
        String measures = Input.optionalText(r.measures(), "measures", "建议措施", 1000);
        if (needs == null && measures == null) {
            throw new BadInputException("needs", "请填写需求变化或建议措施，至少一项");
        }
        String signed = "（" + LocalDate.ofInstant(clock.instant(), Beijing.ZONE) + " 走访记录 " + id + "，" + user.displayName() + "）";
        long plan = rows.appendToCarePlan(visit, needs == null ? null : needs + signed,
                measures == null ? null : measures + signed)
                .orElseThrow(() -> new ConflictException("该户没有在执行的帮扶计划（一人一策），请先制定计划"));
        rows.addOpened(visit, "CARE_PLAN", plan, needs != null ? needs : measures, user.id(), clock.instant());
        return visits.view(visit);
    }

    /**
     * Where the case lies: the phone's point when it was in the household's grid, else the grid's centre, so a
     * case found on a visit lands in the household's grid whoever logged it.
     */
    private double[] point(VisitRepository.Stored visit) {
        if ("SAME_GRID".equals(visit.positionCheck()) && visit.lat() != null) {
            return new double[] {visit.lat(), visit.lon()};
        }
        GridView grid = territory.grid(visit.territoryCode(), Scope.everything())
                .orElseThrow(() -> new BadInputException("该户所在网格不在本系统中，无法立案"));
        return new double[] {grid.centroid().lat(), grid.centroid().lon()};
    }

    private static String firstGiven(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return "";
    }
}
