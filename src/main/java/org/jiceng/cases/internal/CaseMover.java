package org.jiceng.cases.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Role;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseActionRequest;
import org.jiceng.cases.CaseLevel;
import org.jiceng.cases.CaseMoved;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseTransitions;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CategoryView;
import org.jiceng.cases.Satisfaction;
import org.jiceng.cases.WorkingCalendar;
import org.jiceng.territory.TerritoryApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves cases along {@link CaseTransitions}: the table decides whether the state and the role allow an
 * action; this class checks what needs the case's data (the whistled unit, the reporter, the one working day of
 * a return, a pending extension), writes the change over the version read, appends the timeline entry and
 * publishes {@link CaseMoved} in the same transaction.
 */
@Service
class CaseMover {

    static final String SYSTEM = "系统";

    private final CaseRepository cases;
    private final CategoryService categories;
    private final CalendarService calendar;
    private final TerritoryApi territory;
    private final AttachmentService attachments;
    private final ApplicationEventPublisher events;
    private final int maxReopens;
    private final Clock clock = Clock.system(WorkingCalendar.BEIJING);

    CaseMover(CaseRepository cases, CategoryService categories, CalendarService calendar, TerritoryApi territory,
              AttachmentService attachments, ApplicationEventPublisher events,
              @Value("${jiceng.cases.max-reopens:1}") int maxReopens) {
        this.cases = cases;
        this.categories = categories;
        this.calendar = calendar;
        this.territory = territory;
        this.attachments = attachments;
        this.events = events;
        this.maxReopens = maxReopens;
    }

    /** One move being made: what it changes, what it writes on the timeline, what it tells. */
    private static final class Move {
        CaseState to;
        String note;
        List<String> photos = List.of();
        final CaseRepository.Change change = new CaseRepository.Change();
        CaseMoved.Rating rating;
        Long mergedInto;
    }

    @Transactional
    public CaseView act(CurrentUser user, long id, CaseAction action, CaseActionRequest request) {
        CaseRepository.Stored stored = CaseAccess.readable(user, cases.find(id, CaseAccess.reach(user, org.jiceng.Action.READ))
                .orElseThrow(() -> CaseAccess.notFound(id)));
        CaseAccess.checkAct(user, stored);
        CaseView current = stored.view();
        int version = request.version() != null ? request.version() : current.version();
        if (action == CaseAction.CHECK_IN && isAssisting(user, current)) {
            return assistCheckIn(user, stored, version);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        user.grants().forEach(g -> roles.add(g.role()));
        CaseTransitions.refusal(action, current.state(), roles).ifPresent(refusal -> {
            throw refusal.wrongState() ? new ConflictException(refusal.message()) : new ForbiddenException(refusal.message());
        });
        Move move = new Move();
        CaseState target = CaseTransitions.of(action).orElseThrow().to();
        move.to = target == null ? current.state() : target;   // an extension keeps the state
        move.note = CaseService.blankToNull(request.note());
        Instant now = clock.instant();
        switch (action) {
            case ACCEPT -> move.change.set("responded_at", now);
            case REJECT -> {
                move.note = required(request.reason(), "不予受理须说明理由（reason）");
                move.change.set("closed_at", now);
            }
            case HANDLE -> move.change.set("level", levelOf(user, current)).set("responded_at", now);
            case DISPATCH -> dispatch(user, stored, request, move, now);
            case CHECK_IN -> checkIn(user, current, move, now);
            case RETURN -> giveBack(user, stored, request, move, now);
            case ESCALATE -> escalate(current, move);
            case EXTEND -> requestExtension(user, current, request, move);
            case APPROVE_EXTENSION -> approveExtension(user, stored, move);
            case RESOLVE -> {
                requireLeadUnit(user, current, "办结");
                move.note = required(request.note(), "请填写办理结果（note）");
                move.photos = attachments.attach(user, id, request.photoIds());
                move.change.set("resolved_at", now).set("closed_level", current.level());
            }
            case VERIFY -> {
            }
            case REPLY -> {
                move.note = required(request.note(), "请填写给反映人的答复（note）");
                move.change.set("replied_at", now);
            }
            case RATE -> rate(user, stored, request, move, now);
            case MERGE -> merge(user, current, request, move, now);
            default -> throw new ConflictException(action.label() + "由系统自动执行");
        }
        CaseView moved = write(stored, version, action, move, user.username(), now);
        if (move.to == CaseState.REOPENED) {
            moved = reopen(stored, moved, now);
        }
        return moved;
    }

    /** The automatic close of a reply nobody rated within the waiting time (counted as unrated). */
    @Transactional
    public void autoClose(long id) {
        CaseRepository.Stored stored = cases.findAny(id).orElseThrow();
        if (stored.view().state() != CaseState.REPLIED) {
            return;
        }
        Move move = new Move();
        move.to = CaseState.CLOSED;
        move.note = "答复后 7 日内未评价，自动结案（计为未评价）";
        Instant now = clock.instant();
        move.change.set("closed_at", now);
        write(stored, stored.view().version(), CaseAction.AUTO_CLOSE, move, SYSTEM, now);
    }

    private CaseView write(CaseRepository.Stored stored, int version, CaseAction action, Move move, String actor, Instant now) {
        CaseView current = stored.view();
        move.change.set("state", move.to);
        if (!cases.apply(current.id(), version, move.change)) {
            throw new OptimisticLockingFailureException("案件 " + current.number() + " 已被他人处理，请刷新后重试");
        }
        cases.appendEvent(current.id(), actor, action.path(), current.state(), move.to, move.note, move.photos);
        CaseView after = cases.findAny(current.id()).orElseThrow().view();
        events.publishEvent(new CaseMoved(CaseService.facts(after, stored.reporterId()), action, current.state(), move.to,
                now, actor, move.note, move.rating, move.mergedInto));
        return after;
    }

    private CaseView reopen(CaseRepository.Stored stored, CaseView reopened, Instant now) {
        Move move = new Move();
        move.to = CaseState.IN_PROGRESS;
        move.note = "反映人评价为未解决或不满意，重新办理（第 " + (reopened.reopenCount() + 1) + " 次）";
        WorkingCalendar.Due due = calendar.due(now, category(reopened).resolveWorkingDays());
        move.change.set("reopen_count", reopened.reopenCount() + 1).set("resolved_at", null).set("replied_at", null)
                .set("closed_level", null).set("resolve_due_at", due.at()).set("due_provisional", due.provisional());
        return write(new CaseRepository.Stored(reopened, stored.reporterId(), stored.dispatcherTerritory(), stored.dispatchedAt()),
                reopened.version(), CaseAction.REOPEN, move, SYSTEM, now);
    }

    private void dispatch(CurrentUser user, CaseRepository.Stored stored, CaseActionRequest request, Move move, Instant now) {
        CaseView current = stored.view();
        Long lead = request.leadUnitId() != null ? request.leadUnitId() : current.routedUnitId();
        if (lead == null || territory.unit(lead).isEmpty()) {
            throw new BadInputException("请指定主办部门 leadUnitId（见 GET /api/v1/units）");
        }
        Set<Long> assisting = new LinkedHashSet<>(request.assistUnitIds());
        assisting.remove(lead);
        for (Long unit : assisting) {
            if (unit == null || territory.unit(unit).isEmpty()) {
                throw new BadInputException("协办部门 " + unit + " 不存在（见 GET /api/v1/units）");
            }
        }
        int hours = category(current).checkInHours();
        Instant due = now.plus(Duration.ofHours(hours));
        cases.clearUnits(current.id());
        cases.whistle(current.id(), lead, true, now, due);
        assisting.forEach(unit -> cases.whistle(current.id(), unit, false, now, due));
        move.change.set("lead_unit_id", lead).set("assist_unit_ids", new ArrayList<>(assisting)).set("check_in_due_at", due)
                .set("dispatcher_territory", nodeOf(user, current)).set("dispatched_at", now).set("responded_at", null)
                .set("level", CaseLevel.COUNTY);
        if (move.note == null) {
            move.note = "吹哨：主办 " + territory.unit(lead).orElseThrow().name()
                    + (assisting.isEmpty() ? "" : "，协办 " + assisting.stream()
                    .map(u -> territory.unit(u).orElseThrow().name()).reduce((a, b) -> a + "、" + b).orElse(""));
        }
    }

    private void checkIn(CurrentUser user, CaseView current, Move move, Instant now) {
        requireLeadUnit(user, current, "报到签收");
        cases.checkIn(current.id(), current.leadUnitId(), now);
        move.change.set("responded_at", now);
    }

    private boolean isAssisting(CurrentUser user, CaseView current) {
        return user.has(Role.DEPT_STAFF) && user.unitId().isPresent() && current.assistUnitIds().contains(user.unitId().get());
    }

    /** An assisting unit (协办) checks in on its own; the case stays where it is. */
    private CaseView assistCheckIn(CurrentUser user, CaseRepository.Stored stored, int version) {
        CaseView current = stored.view();
        if (current.state() != CaseState.DISPATCHED && current.state() != CaseState.IN_PROGRESS) {
            throw new ConflictException("案件当前状态为“" + current.state().label() + "”，协办部门无需报到");
        }
        if (!cases.checkIn(current.id(), user.unitId().orElseThrow(), clock.instant())) {
            throw new ConflictException("本部门已报到，无需重复报到");
        }
        Move move = new Move();
        move.to = current.state();
        move.note = "协办部门报到";
        return write(stored, version, CaseAction.CHECK_IN, move, user.username(), clock.instant());
    }

    private void giveBack(CurrentUser user, CaseRepository.Stored stored, CaseActionRequest request, Move move, Instant now) {
        CaseView current = stored.view();
        requireLeadUnit(user, current, "退回");
        move.note = required(request.reason(), "退回须说明理由（reason），如不属本部门职责");
        Instant limit = calendar.due(stored.dispatchedAt(), 1).at();
        if (!now.isBefore(limit)) {
            throw new ConflictException("派遣已超过 1 个工作日，不能退回；如确有困难，请申请延期或由派遣方改派");
        }
        cases.clearUnits(current.id());
        String dispatcher = stored.dispatcherTerritory();
        move.change.set("lead_unit_id", null).set("assist_unit_ids", List.of()).set("check_in_due_at", null)
                .set("returned_at", now).set("responded_at", null)
                .set("level", dispatcher == null || dispatcher.length() >= 12 ? CaseLevel.VILLAGE
                        : dispatcher.length() == 9 ? CaseLevel.TOWN : CaseLevel.COUNTY);
    }

    private void escalate(CaseView current, Move move) {
        CaseLevel level = CaseLevel.valueOf(current.level());
        if (level == CaseLevel.COUNTY) {
            throw new ConflictException("案件已在县级办理，无法再上报");
        }
        move.change.set("level", level.up()).set("lead_unit_id", null).set("assist_unit_ids", List.of())
                .set("check_in_due_at", null);
        cases.clearUnits(current.id());
        move.note = (move.note == null ? "" : move.note + "；") + "上报至" + level.up().label() + "办理";
    }

    private void requestExtension(CurrentUser user, CaseView current, CaseActionRequest request, Move move) {
        requireLeadUnit(user, current, "申请延期");
        if (current.extensionDays() != null) {
            throw new ConflictException("已有延期申请（" + current.extensionDays() + " 个工作日）待批准");
        }
        Integer days = request.workingDays();
        if (days == null || days < 1 || days > 60) {
            throw new BadInputException("延期天数 workingDays 须为 1 到 60 个工作日");
        }
        move.note = required(request.reason(), "申请延期须说明理由（reason）");
        move.change.set("extension_days", days).set("extension_reason", move.note);
        move.note = "申请延期 " + days + " 个工作日：" + move.note;
    }

    private void approveExtension(CurrentUser user, CaseRepository.Stored stored, Move move) {
        CaseView current = stored.view();
        if (current.extensionDays() == null) {
            throw new ConflictException("没有待批准的延期申请");
        }
        String approver = stored.dispatcherTerritory() != null ? stored.dispatcherTerritory() : current.territoryCode();
        if (!user.scope().covers(approver)) {
            throw new ForbiddenException("只有派遣方可以批准延期");
        }
        WorkingCalendar.Due due = calendar.due(current.resolveDueAt().toInstant(), current.extensionDays());
        move.change.set("resolve_due_at", due.at()).set("due_provisional", due.provisional() || current.dueProvisional())
                .set("extension_days", null).set("extension_reason", null);
        move.note = "批准延期 " + current.extensionDays() + " 个工作日，办结时限延至 "
                + due.at().atZone(WorkingCalendar.BEIJING).toLocalDateTime().toString().replace('T', ' ')
                + (move.note == null ? "" : "；" + move.note);
    }

    private void rate(CurrentUser user, CaseRepository.Stored stored, CaseActionRequest request, Move move, Instant now) {
        if (stored.reporterId() == null || stored.reporterId() != user.id()) {
            throw new ForbiddenException("只有反映人本人可以评价");
        }
        Satisfaction satisfaction;
        try {
            satisfaction = request.satisfaction() == null ? null : Satisfaction.valueOf(request.satisfaction());
        } catch (IllegalArgumentException e) {
            satisfaction = null;
        }
        if (request.solved() == null || satisfaction == null) {
            throw new BadInputException("请评价：问题是否解决（solved：true/false）和满意度（satisfaction：SATISFIED 满意 / BASIC 基本满意 / UNSATISFIED 不满意）");
        }
        move.rating = new CaseMoved.Rating(request.solved(), satisfaction);
        move.change.set("rating_solved", request.solved()).set("rating_satisfaction", satisfaction);
        boolean unhappy = !request.solved() || satisfaction == Satisfaction.UNSATISFIED;
        if (unhappy && stored.view().reopenCount() < maxReopens) {
            move.to = CaseState.REOPENED;
        } else {
            move.change.set("closed_at", now);
        }
        move.note = (request.solved() ? "已解决" : "未解决") + "，" + satisfaction.label()
                + (move.note == null ? "" : "：" + move.note);
    }

    private void merge(CurrentUser user, CaseView current, CaseActionRequest request, Move move, Instant now) {
        Long into = request.intoCaseId();
        if (into == null || into == current.id()) {
            throw new BadInputException("请指定要并入的案件 intoCaseId（不能是本案）");
        }
        CaseView target = cases.find(into, CaseAccess.reach(user, org.jiceng.Action.ACT))
                .filter(s -> org.jiceng.AccessPolicy.allows(user, org.jiceng.Resource.CASE, org.jiceng.Action.ACT,
                        CaseAccess.target(user, s)))
                .orElseThrow(() -> new BadInputException("要并入的案件 " + into + " 不存在或不在您的辖区内")).view();
        if (!target.state().isOpen() || target.mergedInto() != null) {
            throw new ConflictException("案件 " + target.number() + " 已结案或已被合并，不能再并入");
        }
        move.mergedInto = into;
        move.change.set("merged_into", into).set("closed_at", now);
        move.note = "与 " + target.number() + " 为同一问题，合并办理" + (move.note == null ? "" : "：" + move.note);
    }

    /** A whistled case is the lead unit's to check in, return, extend and resolve; nobody else's. */
    private static void requireLeadUnit(CurrentUser user, CaseView current, String what) {
        if (current.leadUnitId() != null ? !Objects.equals(user.unitId().orElse(null), current.leadUnitId())
                : user.has(Role.DEPT_STAFF) && !user.hasAny(Role.COUNTY_ADMIN, Role.TOWN_STAFF, Role.VILLAGE_STAFF, Role.GRID_WORKER)) {
            throw new ForbiddenException("只有被派遣的主办部门可以" + what);
        }
    }

    /** The level of the person taking the case: the node of their grant that covers it. */
    private static CaseLevel levelOf(CurrentUser user, CaseView current) {
        String node = nodeOf(user, current);
        return switch (node.length()) {
            case 15 -> CaseLevel.GRID;
            case 12 -> CaseLevel.VILLAGE;
            case 9 -> CaseLevel.TOWN;
            default -> CaseLevel.COUNTY;
        };
    }

    private static String nodeOf(CurrentUser user, CaseView current) {
        return user.grants().stream().map(CurrentUser.Grant::territoryCode)
                .filter(code -> current.territoryCode().startsWith(code))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(user.homeTerritory());
    }

    private CategoryView category(CaseView current) {
        return categories.find(current.categoryCode()).orElseThrow();
    }

    private static String required(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new BadInputException(message);
        }
        return value.strip();
    }
}
