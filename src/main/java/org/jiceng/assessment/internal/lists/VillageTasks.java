package org.jiceng.assessment.internal.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.ForbiddenException;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.territory.DivisionView;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.territory.UnitView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks a town or department sends a village (seeds 003, 004: 村级组织工作事项准入). A task must cite an item of the
 * 工作准入清单 in force for the village; one outside it is refused, unless that list lets such a task through with
 * a stated reason, flagged for the county to review. The village accepts the task, then reports it done.
 */
@Service
public class VillageTasks {

    public record TaskRequest(String villageCode, String title, String description, String dueOn, Long admissionItemId,
                              String outsideReason) {
    }

    public record NoteRequest(String note) {
    }

    public record TaskView(long id, String villageCode, String village, String title, String description, LocalDate dueOn,
                           Long admissionItemId, String admissionItem, boolean flagged, String flagReason,
                           String senderName, String status, String statusName, String note, OffsetDateTime sentAt,
                           boolean late, int version) {
    }

    private final VillageTaskRepository rows;
    private final PowerListRepository lists;
    private final TerritoryApi territory;
    private final Clock clock;

    VillageTasks(VillageTaskRepository rows, PowerListRepository lists, TerritoryApi territory, Clock clock) {
        this.rows = rows;
        this.lists = lists;
        this.territory = territory;
        this.clock = clock;
    }

    @Transactional
    public long send(TaskRequest request, CurrentUser user) {
        String village = Input.text(request.villageCode(), "villageCode", "村(社区)", 12, 12);
        if (territory.division(village).isEmpty()) {
            throw new BadInputException("villageCode", "村(社区) " + village + " 不存在");
        }
        AccessPolicy.check(user, Resource.VILLAGE_TASK, Action.CREATE, AccessPolicy.Target.at(village));
        String title = Input.text(request.title(), "title", "任务名称", 2, 80);
        String description = Input.text(request.description(), "description", "任务内容", 2, 2000);
        LocalDate dueOn = Input.date(request.dueOn(), "dueOn", "完成期限", null);
        if (dueOn.isBefore(Beijing.today(clock))) {
            throw new BadInputException("dueOn", "完成期限不能早于今天");
        }
        var admission = lists.admissionFor(village).orElseThrow(() -> new ConflictException(
                "该村(社区)尚无现行的工作准入清单，请先由县或镇(街道)发布清单"));
        Long item = null;
        boolean flagged = false;
        String reason = null;
        if (request.admissionItemId() != null) {
            item = lists.item(Input.id(request.admissionItemId(), "admissionItemId", "准入事项"), admission.id())
                    .orElseThrow(() -> new BadInputException("admissionItemId", "所引事项不在现行的“" + admission.title()
                            + "”（第 " + admission.version() + " 版）内"))
                    .id();
        } else if (admission.allowsOutside()) {
            reason = Input.text(request.outsideReason(), "outsideReason",
                    "该任务不在工作准入清单内，须说明理由（将报县级审核）", 2, 500);
            flagged = true;
        } else {
            throw new BadInputException("admissionItemId", "该任务不在现行的工作准入清单内，不能派给村(社区)；"
                    + "请选择清单中的事项（admissionItemId）");
        }
        return rows.insert(village, title, description, dueOn, item, admission.id(), flagged, reason, sender(user),
                user.has(Role.DEPT_STAFF) ? user.unitId().orElse(null) : null, user.id(), OffsetDateTime.now(clock));
    }

    private String sender(CurrentUser user) {
        String place = user.has(Role.DEPT_STAFF) ? user.unitId().flatMap(territory::unit).map(UnitView::name).orElse("")
                : territory.division(user.homeTerritory()).map(DivisionView::name).orElse("");
        return (place + " " + user.displayName()).strip();
    }

    public TaskView task(long id, CurrentUser user) {
        return rows.task(id, AccessPolicy.scope(user, Resource.VILLAGE_TASK, Action.READ), unit(user))
                .map(this::view).orElseThrow(() -> new NotFoundException("任务 " + id + " 不存在或不在您的辖区内"));
    }

    /** Tasks the person reads, newest first; {@code flagged} keeps those sent outside the list. */
    public Page<TaskView> tasks(CurrentUser user, String status, boolean flagged, String after, int limit) {
        Scope scope = AccessPolicy.scope(user, Resource.VILLAGE_TASK, Action.READ);
        Long unit = unit(user);
        if (scope.isEmpty() && unit == null) {
            throw new ForbiddenException("您没有查看村级任务的权限");
        }
        if (status != null && !status.equals("SENT") && !status.equals("ACCEPTED") && !status.equals("DONE")) {
            throw new BadInputException("status", "任务状态“" + status + "”无效，可选：SENT 待接收、ACCEPTED 办理中、DONE 已完成");
        }
        return Page.byId(rows.tasks(scope, unit, status, flagged, Cursor.idBelow(after), limit + 1).stream().map(this::view)
                .toList(), limit, TaskView::id);
    }

    @Transactional
    public TaskView accept(long id, CurrentUser user) {
        return move(id, "SENT", "ACCEPTED", () -> null, user);
    }

    @Transactional
    public TaskView complete(long id, NoteRequest request, CurrentUser user) {
        return move(id, "ACCEPTED", "DONE",
                () -> Input.text(request == null ? null : request.note(), "note", "办理结果", 2, 1000), user);
    }

    /** The record and the right to act on it come first, so a stranger learns nothing from a refused input. */
    private TaskView move(long id, String from, String to, java.util.function.Supplier<String> input, CurrentUser user) {
        TaskView task = task(id, user);
        AccessPolicy.check(user, Resource.VILLAGE_TASK, Action.ACT, AccessPolicy.Target.at(task.villageCode()));
        String note = input.get();
        if (!task.status().equals(from) || !rows.move(id, from, to, note, OffsetDateTime.now(clock))) {
            throw new ConflictException("任务" + task.statusName() + "，不能" + (to.equals("DONE") ? "办结" : "接收"));
        }
        return task(id, user);
    }

    private static Long unit(CurrentUser user) {
        return AccessPolicy.relations(user, Resource.VILLAGE_TASK, Action.READ).contains(Relation.ASSIGNED_TO_UNIT)
                ? user.unitId().orElse(null) : null;
    }

    private TaskView view(VillageTaskRepository.TaskRow t) {
        return new TaskView(t.id(), t.villageCode(), territory.division(t.villageCode()).map(DivisionView::name)
                .orElse(t.villageCode()), t.title(), t.description(), t.dueOn(), t.admissionItemId(), t.admissionItem(),
                t.flagged(), t.flagReason(), t.senderName(), t.status(), statusName(t.status()), t.note(),
                Beijing.shown(t.createdAt()), !t.status().equals("DONE") && Beijing.today(clock).isAfter(t.dueOn()),
                t.version());
    }

    static String statusName(String status) {
        return switch (status) {
            case "SENT" -> "待接收";
            case "ACCEPTED" -> "办理中";
            default -> "已完成";
        };
    }
}
