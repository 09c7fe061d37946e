package org.jiceng.visits.internal.sweep;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.Text;
import org.jiceng.cases.CaseChannel;
import org.jiceng.cases.CaseIntake;
import org.jiceng.cases.CasesApi;
import org.jiceng.visits.internal.Holders;
import org.jiceng.visits.internal.sweep.SweepViews.Check;
import org.jiceng.visits.internal.sweep.SweepViews.Recorded;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording the check of one household of a sweep. The phone's client id makes a resent check one check (the same
 * content answers the first; different content is a 409); a problem found may open a case (channel VISIT) in the
 * same transaction, so a refused case leaves no check and a refused check no case.
 */
@Service
public class SweepChecks {

    private final SweepRepository sweeps;
    private final CasesApi cases;
    private final Clock clock;

    SweepChecks(SweepRepository sweeps, CasesApi cases, Clock clock) {
        this.sweeps = sweeps;
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional
    public Recorded record(CurrentUser user, long sweepId, SweepRequests.NewCheck request) {
        LocalDate today = Beijing.today(clock);
        SweepRepository.Row sweep = sweeps.find(sweepId, SweepAccess.readers(user, today))
                .orElseThrow(() -> new NotFoundException(SweepService.NOT_FOUND));
        if (!SweepAccess.mayCheckAnywhere(user)) {
            throw AccessPolicy.refusal(Resource.SWEEP, Action.ACT);
        }
        UUID clientId = clientId(request.clientId());
        if (request.householdId() == null) {
            throw new BadInputException("householdId", "请选择排查的户");
        }
        // a household outside what the person may check answers as one not in the sweep: a grid worker learns
        // nothing about the targets of other grids
        SweepRepository.TargetRow target = sweeps.target(sweep.id(), sweep.county(), request.householdId())
                .filter(t -> SweepAccess.mayCheck(user, t.territoryCode(),
                        sweeps.holds(Holders.of(user), sweep.county(), t.householdId(), today)))
                .orElseThrow(() -> new NotFoundException("该户不在本次排查中，或不在您可排查的范围内"));
        List<String> answers = answers(sweep, request.answers());
        String remark = request.remark() == null ? "" : Text.check("remark", request.remark().strip(), 500);
        Double lat = request.lat();
        Double lon = request.lon();
        if ((lat == null) != (lon == null) || lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw new BadInputException("lat", "位置须同时给出纬度（-90 至 90）和经度（-180 至 180），或都不给");
        }
        if (clientId != null) {
            var earlier = sweeps.checkByClient(clientId, sweep.county());
            if (earlier.isPresent()) {
                return new Recorded(replay(earlier.get(), sweep.id(), target.householdId(), answers, remark, lat, lon), false);
            }
        }
        if (today.isBefore(sweep.startsOn())) {
            throw new ConflictException("排查自 " + sweep.startsOn() + " 开始，尚不能记录");
        }
        if (today.isAfter(sweep.endsOn())) {
            throw new ConflictException("排查已于 " + sweep.endsOn() + " 结束，不能再记录");
        }
        boolean problem = Boolean.TRUE.equals(request.problem()) || request.openCase() != null;
        Long caseId = request.openCase() == null ? null : openCase(user, sweep, target, request.openCase(), remark, lat, lon);
        Check check = sweeps.insertCheck(sweep.county(), target, user.id(), user.displayName(), clock.instant(), answers,
                        remark, lat, lon, problem, caseId, clientId)
                // the same client id written meanwhile by a parallel request: roll back (the case too) and let it stand
                .orElseThrow(() -> new ConflictException("这条排查记录已由另一次提交写入，请刷新后查看"));
        sweeps.markChecked(target, check.checkedAt());
        return new Recorded(check, true);
    }

    private long openCase(CurrentUser user, SweepRepository.Row sweep, SweepRepository.TargetRow target,
                          SweepRequests.CaseToOpen open, String remark, Double lat, Double lon) {
        String description = open.description() == null || open.description().isBlank() ? remark : open.description().strip();
        if (description.isBlank()) {
            throw new BadInputException("openCase.description", "请写明排查发现的问题，再转为诉求");
        }
        String text = "【" + sweep.title() + "】" + description;
        return cases.file(user, new CaseIntake(open.categoryCode(), text, lat, lon, lat == null ? target.address() : null,
                CaseChannel.VISIT.name(), List.of())).id();
    }

    /** The earlier check of this client id, when it says the same; a 409 when the content differs. */
    private static Check replay(Check earlier, long sweepId, long householdId, List<String> answers, String remark,
                                Double lat, Double lon) {
        boolean same = earlier.sweepId() == sweepId && earlier.householdId() == householdId
                && earlier.answers().equals(answers) && earlier.remark().equals(remark)
                && Objects.equals(earlier.lat(), lat) && Objects.equals(earlier.lon(), lon);
        if (!same) {
            throw new ConflictException("这个提交编号（clientId）已用于另一条内容不同的排查记录，未重复记录");
        }
        return earlier;
    }

    private static UUID clientId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException bad) {
            throw new BadInputException("clientId", "提交编号 clientId 须为 UUID");
        }
    }

    /** One answer per checklist item: 是/否 items YES or NO, text items up to 200 characters (may be empty). */
    private static List<String> answers(SweepRepository.Row sweep, List<String> given) {
        List<SweepRequests.ChecklistItem> items = sweep.checklist();
        if (given.size() != items.size()) {
            throw new BadInputException("answers", "请逐项回答排查内容（共 " + items.size() + " 项）");
        }
        List<String> answers = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            SweepRequests.ChecklistItem item = items.get(i);
            String answer = given.get(i) == null ? "" : given.get(i).strip();
            if (item.kind().equals("YES_NO")) {
                answer = answer.toUpperCase();
                if (!answer.equals("YES") && !answer.equals("NO")) {
                    throw new BadInputException("answers", "请回答“" + item.label() + "”：是或否");
                }
            } else {
                Text.check("answers", answer, 200);
            }
            answers.add(answer);
        }
        return List.copyOf(answers);
    }
}
