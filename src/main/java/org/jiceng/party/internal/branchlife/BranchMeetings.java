package org.jiceng.party.internal.branchlife;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 三会一课 and 主题党日: planned ahead (a date, a place, the topics) or recorded as held, with the minutes and the
 * attendance of every member of the organisation (present, on leave with a reason, absent).
 */
@Service
public class BranchMeetings {

    static final int PLACE_MAX = 60;
    static final int TOPICS_MAX = 500;
    static final int MINUTES_MAX = 10_000;
    static final int REASON_MAX = 60;

    private final BranchMeetingRepository repository;
    private final BranchLifeAccess access;
    private final Clock clock;

    BranchMeetings(BranchMeetingRepository repository, BranchLifeAccess access, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.clock = clock;
    }

    /** One member's attendance as sent: {@code status} PRESENT, LEAVE (with a reason) or ABSENT. */
    public record Attendee(Long memberId, String status, String reason) {
    }

    /**
     * A meeting to plan or record: {@code held} false plans it (no minutes, no attendance), true records it; a
     * held meeting lists every member of the organisation once.
     */
    public record Request(Long organisationId, String kind, Boolean held, String heldOn, String startTime,
                          String place, String topics, String minutes, List<Attendee> attendance, Integer version) {
    }

    @Transactional
    public long create(Request request, CurrentUser user) {
        BranchFacts organisation = organisation(Input.id(request.organisationId(), "organisationId", "党组织"), user);
        access.meetingCheck(user, Action.CREATE, organisation.territoryCode(), organisation.id(), "党组织");
        if (organisation.dissolvedOn() != null) {
            throw new ConflictException(organisation.name() + "已撤销，不能再安排组织生活");
        }
        if (organisation.territoryCode().length() < 6) {
            throw new BadInputException("organisationId", organisation.name() + "不在某个县以下，不能在此记录组织生活");
        }
        MeetingKind kind = Input.oneOf(MeetingKind.class, request.kind(), "kind", "会议类型", MeetingKind::label, null);
        if (!kind.heldBy(organisation.level())) {
            throw new BadInputException("kind", organisation.level().label() + "不召开" + kind.label());
        }
        Checked checked = checked(request, organisation);
        long id = repository.insert(new BranchMeetingRepository.NewMeeting(organisation.id(), organisation.territoryCode(),
                kind, checked.held(), checked.heldOn(), checked.startTime(), checked.place(), checked.topics(),
                checked.minutes(), user.id()));
        repository.replaceAttendance(id, organisation.territoryCode(), checked.attendance());
        return id;
    }

    /** Records a planned (or corrects a held) meeting as held, with its minutes and attendance. */
    @Transactional
    public void record(long id, Request request, CurrentUser user) {
        MeetingView meeting = repository.find(id).orElseThrow(() -> new NotFoundException("会议不存在或不在您的辖区内"));
        access.meetingCheck(user, Action.UPDATE, meeting.territoryCode(), meeting.organisationId(), "会议");
        BranchFacts organisation = repository.organisation(meeting.organisationId()).orElseThrow();
        if (request.version() == null) {
            throw new BadInputException("version", "请附上会议的版本号 version（先读取会议）");
        }
        Request asHeld = new Request(meeting.organisationId(), meeting.kind().name(), true,
                request.heldOn() == null ? meeting.heldOn().toString() : request.heldOn(),
                request.startTime(), request.place() == null ? meeting.place() : request.place(),
                request.topics() == null ? meeting.topics() : request.topics(), request.minutes(),
                request.attendance(), request.version());
        Checked checked = checked(asHeld, organisation);
        if (!repository.record(id, request.version(), checked.heldOn(), checked.startTime(), checked.place(),
                checked.topics(), checked.minutes())) {
            throw new ConflictException("会议已被他人修改，请刷新后再记录");
        }
        repository.replaceAttendance(id, meeting.territoryCode(), checked.attendance());
    }

    public MeetingView meeting(long id, CurrentUser user) {
        MeetingView meeting = repository.find(id).orElseThrow(() -> new NotFoundException("会议不存在或不在您的辖区内"));
        access.meetingCheck(user, Action.READ, meeting.territoryCode(), meeting.organisationId(), "会议");
        return meeting;
    }

    /** The organisation, if the person may read its meetings; a 404 otherwise. */
    public BranchFacts organisation(long id, CurrentUser user) {
        BranchFacts organisation = repository.organisation(id)
                .orElseThrow(() -> new NotFoundException("党组织 " + id + " 不存在或不在您的辖区内"));
        access.meetingCheck(user, Action.READ, organisation.territoryCode(), organisation.id(), "党组织 " + id + " ");
        return organisation;
    }

    /** Everyone whose attendance a meeting of the organisation records. */
    public List<MemberFacts> members(BranchFacts organisation) {
        return repository.members(organisation.id());
    }

    /** BranchMeetings the person reads (their territory, their own branch), newest first; {@code territory} narrows. */
    public Page<MeetingView> list(CurrentUser user, String territory, Long organisationId, String from, String to,
                                  String after, int limit) {
        Scope scope = BranchLifeAccess.meetingScope(user);
        Set<Long> own = access.ownOrganisations(user);
        if (territory != null && !territory.isBlank()) {
            scope = scope.narrowedTo(territory.strip());
            own = Set.of();
        }
        LocalDate today = Beijing.today(clock);
        LocalDate first = Input.date(from, "from", "起始日期", today.minusYears(1));
        LocalDate last = Input.date(to, "to", "截止日期", today.plusYears(1));
        Cursor.DayId cursor = Cursor.absent(after) ? null : Cursor.dayId(after);
        List<MeetingView> rows = repository.list(scope, own, organisationId, first, last,
                cursor == null ? null : cursor.day(), cursor == null ? 0 : cursor.id(), limit + 1);
        return Page.of(rows, limit, m -> Cursor.of(m.heldOn(), m.id()));
    }

    private record Checked(boolean held, LocalDate heldOn, LocalTime startTime, String place, String topics,
                           String minutes, List<MeetingView.Attendance> attendance) {
    }

    private Checked checked(Request request, BranchFacts organisation) {
        boolean held = request.held() == null || request.held();
        LocalDate today = Beijing.today(clock);
        LocalDate heldOn = Input.date(request.heldOn(), "heldOn", "日期", held ? today : null);
        if (held && heldOn.isAfter(today)) {
            throw new BadInputException("heldOn", "尚未召开的会议请按“计划”安排；已召开的会议日期不能晚于今天");
        }
        if (organisation.establishedOn() != null && heldOn.isBefore(organisation.establishedOn())) {
            throw new BadInputException("heldOn", "日期早于" + organisation.name() + "成立日期 " + organisation.establishedOn());
        }
        LocalTime startTime = Input.timeOfDay(request.startTime(), "startTime", "开始时间");
        String place = Input.text(request.place(), "place", "地点", 1, PLACE_MAX);
        String topics = Input.text(request.topics(), "topics", "议题或主题", 1, TOPICS_MAX);
        String minutes = Input.optionalText(request.minutes(), "minutes", "会议记录", MINUTES_MAX);
        List<Attendee> sent = request.attendance() == null ? List.of() : request.attendance();
        if (!held) {
            if (minutes != null || !sent.isEmpty()) {
                throw new BadInputException("held", "计划中的会议还没有会议记录和出席情况；召开后再记录");
            }
            return new Checked(false, heldOn, startTime, place, topics, null, List.of());
        }
        return new Checked(true, heldOn, startTime, place, topics, minutes, attendance(sent, organisation));
    }

    /** Every member of the organisation exactly once, nobody else; a leave with its reason. */
    private List<MeetingView.Attendance> attendance(List<Attendee> sent, BranchFacts organisation) {
        Map<Long, MemberFacts> members = new HashMap<>();
        repository.members(organisation.id()).forEach(m -> members.put(m.id(), m));
        List<MeetingView.Attendance> result = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < sent.size(); i++) {
            Attendee a = sent.get(i);
            String field = "attendance[" + i + "]";
            if (a == null) {
                throw new BadInputException(field, "出席情况第 " + (i + 1) + " 项为空");
            }
            long memberId = Input.id(a.memberId(), field + ".memberId", "党员");
            MemberFacts member = members.get(memberId);
            if (member == null) {
                throw new BadInputException(field + ".memberId", "党员 " + memberId + " 不是" + organisation.name() + "的党员");
            }
            if (!seen.add(memberId)) {
                throw new BadInputException(field + ".memberId", member.name() + "的出席情况填了两次");
            }
            AttendanceStatus status = Input.oneOf(AttendanceStatus.class, a.status(), field + ".status",
                    member.name() + "的出席情况", AttendanceStatus::label, null);
            String reason = Input.optionalText(a.reason(), field + ".reason", "请假事由", REASON_MAX);
            if (status == AttendanceStatus.LEAVE && reason == null) {
                throw new BadInputException(field + ".reason", "请填写" + member.name() + "的请假事由");
            }
            result.add(new MeetingView.Attendance(memberId, member.name(), status,
                    status == AttendanceStatus.LEAVE ? reason : null));
        }
        if (seen.size() < members.size()) {
            List<String> missing = members.values().stream().filter(m -> !seen.contains(m.id())).map(MemberFacts::name)
                    .sorted().limit(5).toList();
            throw new BadInputException("attendance", "还有 " + (members.size() - seen.size()) + " 名党员未填出席情况："
                    + String.join("、", missing) + (members.size() - seen.size() > 5 ? "等" : ""));
        }
        return result;
    }
}
