package org.jiceng.services.internal.request;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.cases.CasesApi;
import org.jiceng.cases.PersonalNotice;
import org.jiceng.cases.Satisfaction;
import org.jiceng.cases.WorkingCalendar;
import org.jiceng.services.ServiceItemHandled;
import org.jiceng.services.internal.request.LineState.Actor;
import org.jiceng.services.internal.request.LineState.Step;
import org.jiceng.services.internal.request.RequestRepository.LineRow;
import org.jiceng.services.internal.request.RequestRepository.Stored;
import org.jiceng.services.internal.request.RequestViews.Detail;
import org.jiceng.services.internal.request.RequestViews.Line;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps of a request's lines, each checked against the transition table, and the resident's rating. */
@Service
public class RequestWork {

    private final RequestRepository repository;
    private final ServiceRequests requests;
    private final CasesApi cases;
    private final ApplicationEventPublisher events;

    RequestWork(RequestRepository repository, ServiceRequests requests, CasesApi cases,
                ApplicationEventPublisher events) {
        this.repository = repository;
        this.requests = requests;
        this.cases = cases;
        this.events = events;
    }

    /**
     * A step's facts: the line's {@code version} as the person last saw it, the materials ticked, the reason of a
     * return or refusal, the result ({@code APPROVED}/{@code REFUSED}) and the document issued.
     */
    public record StepInput(Integer version, List<String> materials, String reason, String result, String document) {
    }

    @Transactional
    public Detail act(long requestId, long lineId, String stepPath, StepInput input, CurrentUser user) {
        Step step = Step.ofPath(stepPath);
        if (step == null) {
            throw new NotFoundException("没有这一步：" + stepPath);
        }
        StepInput in = input == null ? new StepInput(null, null, null, null, null) : input;
        Stored request = repository.request(requestId, true).orElseThrow(() -> new NotFoundException("办件不存在"));
        OffsetDateTime now = requests.now();
        List<Line> lines = repository.lines(requestId, now);
        RequestAccess.checkReadable(user, request, lines);
        LineRow row = repository.lineForUpdate(requestId, lineId, now)
                .orElseThrow(() -> new NotFoundException("办件中没有这一事项"));
        Line line = row.line();
        Set<Actor> actors = RequestAccess.actors(user, request, line);
        if (actors.isEmpty() || !step.takenBy(actors)) {
            throw AccessPolicy.refusal(Resource.SERVICE_REQUEST, Action.ACT);
        }
        if (in.version() == null) {
            throw new BadInputException("version", "请附上事项的版本号 version");
        }
        if (in.version() != line.version()) {
            throw new ConflictException("该事项已被他人更新，请刷新后再试");
        }
        LineState from = LineState.valueOf(line.state());
        if (!step.leaves(from)) {
            throw new ConflictException("“" + line.itemName() + "”当前为" + from.label() + "，不能" + step.label());
        }
        Change change = change(step, in, row, now);
        if (!repository.updateLine(line.id(), line.version(), step.to(), change.checked, change.accepted,
                change.handed, change.due, change.provisional, change.daysUsed, change.returnedAt, change.reason,
                change.result, change.resultNote, change.decided, change.ended)) {
            throw new ConflictException("该事项已被他人更新，请刷新后再试");
        }
        List<LineState> states = repository.lines(requestId, now).stream().map(l -> LineState.valueOf(l.state())).toList();
        boolean desk = actors.contains(Actor.DESK) && user.has(org.jiceng.Role.SERVICE_AGENT);
        repository.updateRequest(requestId, RequestStatus.of(states), desk ? user.id() : null,
                desk ? user.displayName() : null);
        repository.event(row.county(), requestId, line.id(), now, user.id(), user.displayName(), step.label(),
                line.itemName() + (change.note.isEmpty() ? "" : "：" + change.note));
        tell(step, request, line, change);
        if (step.to().ended()) {
            handled(request, row, step, change, now);
        }
        return requests.detail(requestId, user);
    }

    private static final class Change {
        List<String> checked;
        OffsetDateTime accepted, handed, due, returnedAt, decided, ended;
        boolean provisional;
        int daysUsed;
        String reason, result, resultNote, note = "";
    }

    private Change change(Step step, StepInput in, LineRow row, OffsetDateTime now) {
        Line line = row.line();
        WorkingCalendar calendar = cases.workingCalendar();
        Change c = new Change();
        c.checked = line.checked();
        c.handed = line.handedOverAt();
        c.due = line.dueAt();
        c.provisional = line.provisional();
        c.daysUsed = row.daysUsed();
        c.returnedAt = null;
        c.reason = line.returnReason();
        c.result = line.result();
        c.resultNote = line.resultNote();
        c.decided = line.decidedAt();
        c.ended = line.endedAt();
        switch (step) {
            case CHECK_MATERIALS -> {
                List<String> ticked = in.materials() == null ? List.of() : in.materials();
                List<String> missing = line.materials().stream().filter(m -> !ticked.contains(m)).toList();
                if (!missing.isEmpty()) {
                    throw new BadInputException("materials", "材料未齐，还缺：" + String.join("、", missing));
                }
                c.checked = line.materials();
                c.note = "材料齐全";
            }
            case HAND_OVER, RESUBMIT -> {
                if (line.officeUnitId() == null) {
                    throw new BadInputException("该事项未指定受理部门，请联系乡镇完善事项清单");
                }
                int left = step == Step.HAND_OVER ? line.timeLimitDays()
                        : RequestDeadlines.daysLeft(line.timeLimitDays(), row.daysUsed());
                WorkingCalendar.Due due = RequestDeadlines.due(calendar, now.toInstant(), left);
                c.handed = now;
                c.accepted = step == Step.HAND_OVER ? now : null;
                c.due = due.at().atOffset(now.getOffset());
                c.provisional = due.provisional() || line.provisional();
                c.note = "交" + line.officeName() + "，" + (step == Step.RESUBMIT ? "剩余 " + left : "时限 " + left)
                        + " 个工作日" + (due.provisional() ? "（日历未覆盖，期限暂定）" : "");
            }
            case RETURN -> {
                c.reason = required(in.reason(), "reason", "请写明退回补正的原因和所需材料");
                c.daysUsed = row.daysUsed() + RequestDeadlines.workingDaysBetween(calendar,
                        line.handedOverAt().toInstant(), now.toInstant());
                c.returnedAt = now;
                c.note = c.reason;
            }
            case DECIDE -> {
                String result = in.result() == null ? "" : in.result().strip();
                if (result.equals("APPROVED")) {
                    c.resultNote = required(in.document(), "document", "请写明办结出具的证件或文书");
                } else if (result.equals("REFUSED")) {
                    c.resultNote = required(in.reason(), "reason", "请写明不予办理的理由");
                } else {
                    throw new BadInputException("result", "办理结果应为办结（APPROVED）或不予办理（REFUSED）");
                }
                c.result = result;
                c.decided = now;
                c.daysUsed = row.daysUsed() + RequestDeadlines.workingDaysBetween(calendar,
                        line.handedOverAt().toInstant(), now.toInstant());
                c.note = (result.equals("APPROVED") ? "办结：" : "不予办理：") + c.resultNote;
            }
            case RETURN_DOCUMENTS -> {
                c.ended = now;
                c.note = "APPROVED".equals(line.result()) ? "已交还：" + line.resultNote() : "已交还不予办理告知书";
            }
            case WITHDRAW -> {
                c.ended = now;
                c.reason = in.reason() == null ? null : in.reason().strip();
                c.note = c.reason == null ? "" : c.reason;
            }
        }
        return c;
    }

    private static String required(String value, String field, String detail) {
        if (value == null || value.isBlank()) {
            throw new BadInputException(field, detail);
        }
        if (value.strip().length() > 500) {
            throw new BadInputException(field, "最多 500 字");
        }
        return value.strip();
    }

    /** The resident hears of a result and of documents to collect; the agent of a return. */
    private void tell(Step step, Stored request, Line line, Change change) {
        Long resident = request.residentUserId();
        Long agent = request.summary().agentUserId();
        String key = "services.request." + request.summary().id() + "." + line.id() + "." + step.path() + "."
                + line.version();
        String title = switch (step) {
            case RETURN -> "办件退回补正：" + line.itemName();
            case DECIDE -> "办件已有结果：" + line.itemName();
            default -> null;
        };
        if (title == null) {
            return;
        }
        String body = request.summary().residentName() + " 的“" + line.itemName() + "”" + change.note;
        if (agent != null) {
            events.publishEvent(new PersonalNotice(key + ".agent", agent, "services.request", title, body));
        }
        if (resident != null && step == Step.DECIDE) {
            events.publishEvent(new PersonalNotice(key + ".resident", resident, "services.request", title,
                    "您的“" + line.itemName() + "”" + change.note + "，代办员将把材料交还给您"));
        }
    }

    private void handled(Stored request, LineRow row, Step step, Change change, OffsetDateTime now) {
        Line line = row.line();
        boolean done = step == Step.RETURN_DOCUMENTS && "APPROVED".equals(line.result());
        boolean onTime = line.dueAt() == null || line.decidedAt() == null || !line.decidedAt().isAfter(line.dueAt());
        Instant accepted = row.acceptedAt() != null ? row.acceptedAt().toInstant()
                : request.summary().askedAt().toInstant();
        events.publishEvent(new ServiceItemHandled(row.county(), request.summary().id(), request.summary().villageCode(),
                line.itemId(), line.itemName(), line.officeUnitId(), line.officeName(),
                Channel.valueOf(request.summary().channel()).agency(), done ? "DONE" : "ENDED",
                step == Step.WITHDRAW ? 0 : change.daysUsed, onTime, accepted, now.toInstant()));
    }

    /** The rating: once, after every line ended, by the resident or recorded by the agent for them. */
    @Transactional
    public Detail rate(long requestId, String satisfaction, String comment, Integer version, CurrentUser user) {
        Stored request = repository.request(requestId, true).orElseThrow(() -> new NotFoundException("办件不存在"));
        List<Line> lines = repository.lines(requestId, requests.now());
        RequestAccess.checkReadable(user, request, lines);
        Set<Actor> actors = RequestAccess.actors(user, request, null);
        if (!actors.contains(Actor.RESIDENT) && !actors.contains(Actor.DESK)) {
            throw AccessPolicy.refusal(Resource.SERVICE_REQUEST, Action.ACT);
        }
        Satisfaction rating;
        try {
            rating = Satisfaction.valueOf(satisfaction == null ? "" : satisfaction.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("satisfaction", "请选择满意、基本满意或不满意");
        }
        String note = comment == null ? null : comment.strip();
        if (note != null && note.length() > 500) {
            throw new BadInputException("comment", "评价最多 500 字");
        }
        if (!RequestStatus.valueOf(request.summary().status()).ended()) {
            throw new ConflictException("办件尚未办结，办结后才能评价");
        }
        if (request.summary().satisfaction() != null) {
            throw new ConflictException("该办件已评价过");
        }
        int seen = version == null ? request.summary().version() : version;
        boolean byAgent = !actors.contains(Actor.RESIDENT);
        if (!repository.rate(requestId, seen, rating.name(), note, byAgent, requests.now())) {
            throw new ConflictException("办件已被他人更新，请刷新后再试");
        }
        repository.event(request.county(), requestId, null, requests.now(), user.id(), user.displayName(),
                "评价", rating.label() + (byAgent ? "（代办员代为记录）" : "") + (note == null || note.isEmpty() ? "" : "：" + note));
        return requests.detail(requestId, user);
    }
}
