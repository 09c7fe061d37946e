package org.jiceng.deliberation.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jiceng.Beijing;
import org.jiceng.Cursor;
import org.jiceng.Action;
import org.jiceng.Input;
import org.jiceng.Resource;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.jiceng.cases.CasesApi;
import org.jiceng.deliberation.MeetingKind;
import org.jiceng.deliberation.MeetingView;
import org.jiceng.deliberation.TopicStep;
import org.jiceng.territory.Level;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings and their recurring series, agenda, attendance and minutes, held by the committee of a place. */
@Service
public class MeetingService {

    private final MeetingRepository meetings;
    private final TopicService topics;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final CasesApi cases;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, TopicService topics, CasesApi cases,
                   org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.clock = clock;
        this.meetings = meetings;
        this.topics = topics;
    }

    public record MeetingRequest(String kind, String title, String territoryCode, String heldOn, String startTime,
                                 String place) {
    }

    /** A monthly series: the {@code ordinal}-th {@code weekday} of {@code months} months from {@code from}. */
    public record ScheduleRequest(String kind, String title, String territoryCode, String from, Integer months,
                                  String weekday, Integer ordinal, String startTime, String place) {
    }

    public record Series(long seriesId, List<MeetingView> meetings) {
    }

    public record AgendaRequest(Long topicId, String title) {
    }

    public record AttendanceRequest(List<AttendeeRequest> attendees) {
    }

    public record AttendeeRequest(String name, String role) {
    }

    public record MinutesRequest(String text, Integer version) {
    }

    /** One line of the agenda: a topic (with its step) or a plain item. */
    public record AgendaItem(long id, int position, Long topicId, String title, TopicStep topicStep) {
    }

    public record Attendee(long id, String name, String role) {
    }

    @Transactional
    public MeetingView create(CurrentUser user, MeetingRequest request) {
        String place = placeOf(user, request.territoryCode());
        MeetingKind kind = Input.oneOf(MeetingKind.class, request.kind(), "kind", "会议类型", null, null);
        String title = request.title() == null || request.title().isBlank() ? kind.label()
                : Input.text(request.title(), "title", "会议名称", 2, 60);
        LocalDate day = Input.date(request.heldOn(), "heldOn", "会议日期", null);
        LocalTime start = Input.timeOfDay(request.startTime(), "startTime", "开始时间");
        String where = Input.optionalText(request.place(), "place", "会议地点", 100);
        long id = meetings.insert(new MeetingRepository.NewMeeting(place, kind, title,
                day, start, where, null, user.displayName()));
        return get(user, id);
    }

    @Transactional
    public Series schedule(CurrentUser user, ScheduleRequest request) {
        String place = placeOf(user, request.territoryCode());
        MeetingKind kind = Input.oneOf(MeetingKind.class, request.kind(), "kind", "会议类型", null, MeetingKind.BUILDING_LEADERS_DAY);
        String name = request.title() == null || request.title().isBlank() ? kind.label()
                : Input.text(request.title(), "title", "会议名称", 2, 40);
        DayOfWeek weekday = Input.oneOf(DayOfWeek.class, request.weekday(), "weekday", "星期", null, DayOfWeek.FRIDAY);
        LocalDate from = Input.date(request.from(), "from", "开始日期", Beijing.today(clock));
        LocalTime start = Input.timeOfDay(request.startTime(), "startTime", "开始时间");
        String where = Input.optionalText(request.place(), "place", "会议地点", 100);
        int ordinal = request.ordinal() == null ? 1 : request.ordinal();
        List<LocalDate> days = MeetingSchedule.monthly(weekday, ordinal, from, request.months() == null ? 6 : request.months(),
                cases.workingCalendar()::isWorkingDay);
        List<LocalDate> taken = meetings.seriesDaysTaken(place, kind, days);
        if (!taken.isEmpty()) {
            throw new ConflictException("以下日期已安排" + kind.label() + "，请调整开始日期或月数："
                    + taken.stream().map(LocalDate::toString).collect(Collectors.joining("、")));
        }
        long seriesId = meetings.insertSeries(place, kind, name, weekday.getValue(), ordinal, start, where, user.displayName());
        List<MeetingView> created = new ArrayList<>();
        for (LocalDate day : days) {
            String monthTitle = name + "（" + day.getYear() + "年" + day.getMonthValue() + "月）";
            long id = meetings.insert(new MeetingRepository.NewMeeting(place, kind, monthTitle, day, start, where, seriesId,
                    user.displayName()));
            created.add(get(user, id));
        }
        return new Series(seriesId, created);
    }

    /** The place of a new meeting: the one asked for, or the user's own village or town; staff only. */
    private String placeOf(CurrentUser user, String asked) {
        Scope staff = DeliberationAccess.required(user, Resource.MEETING, Action.CREATE);
        String code = asked == null || asked.isBlank() ? null : asked.strip();
        if (code == null) {
            code = staff.prefixes().stream().filter(p -> p.length() == 12 || p.length() == 9).findFirst()
                    .orElse(null);
            if (code == null) {
                throw new BadInputException("请指定会议所在的乡镇(街道)或村(社区)（territoryCode，9 或 12 位代码）");
            }
        }
        Level level = Level.ofCode(code);
        if (level != Level.VILLAGE && level != Level.TOWN) {
            throw new BadInputException("territoryCode 须为 9 位乡镇(街道)或 12 位村(社区)代码");
        }
        DeliberationAccess.check(user, Resource.MEETING, Action.CREATE, code);
        return code;
    }

    public MeetingView get(CurrentUser user, long id) {
        return meetings.find(id, DeliberationAccess.scope(user, Resource.MEETING, Action.READ))
                .orElseThrow(() -> new NotFoundException("会议 " + id + " 不存在或不在您的辖区内"));
    }

    public Page<MeetingView> list(CurrentUser user, String territoryCode, String kind, String after, int limit) {
        Scope scope = TopicService.narrowed(DeliberationAccess.scope(user, Resource.MEETING, Action.READ), territoryCode);
        MeetingKind wanted = kind == null || kind.isBlank() ? null : Input.oneOf(MeetingKind.class, kind, "kind", "会议类型", null, null);
        Cursor.DayId cursor = Cursor.dayId(after);
        LocalDate day = cursor == null ? LocalDate.of(9999, 12, 31) : cursor.day();
        long id = cursor == null ? Long.MAX_VALUE : cursor.id();
        return Page.of(meetings.list(scope, wanted, day, id, limit + 1), limit, m -> Cursor.of(m.heldOn(), m.id()));
    }

    public List<MeetingView> from(CurrentUser user, LocalDate from, int limit) {
        return meetings.from(DeliberationAccess.scope(user, Resource.MEETING, Action.READ), from, limit);
    }

    public List<MeetingView> ofTopic(CurrentUser user, long topicId) {
        return meetings.ofTopic(topicId, DeliberationAccess.scope(user, Resource.MEETING, Action.READ));
    }

    public List<AgendaItem> agenda(CurrentUser user, long id) {
        get(user, id);
        return meetings.agenda(id);
    }

    /** Puts a topic (confirming it when it was only collected) or a plain item on the agenda of a coming meeting. */
    @Transactional
    public List<AgendaItem> addToAgenda(CurrentUser user, long id, AgendaRequest request) {
        MeetingView meeting = managed(user, id, "安排会议议程");
        meetings.lock(id);
        if (meeting.held()) {
            throw new ConflictException("会议已召开并记录了纪要，不能再调整议程");
        }
        if (request.topicId() != null) {
            TopicRepository.Stored topic = topics.stored(user, request.topicId());
            if (!topic.territoryCode().startsWith(meeting.territoryCode())) {
                throw new BadInputException("议题“" + topic.title() + "”不属于本次会议所在的区域");
            }
            if (!topic.step().openForAgenda()) {
                throw new ConflictException("议题“" + topic.title() + "”处于“" + topic.step().label() + "”环节，不能再列入会议议程");
            }
            if (meetings.onAgenda(id, topic.id())) {
                throw new ConflictException("议题“" + topic.title() + "”已在本次会议议程上");
            }
            topics.advanceTo(user, topic, TopicStep.CONFIRMED, "列入" + meeting.title() + "议程");
            meetings.addAgendaItem(id, topic.id(), topic.title());
        } else {
            meetings.addAgendaItem(id, null, Input.text(request.title(), "title", "议程事项（或选择议题 topicId）", 2, 100));
        }
        return meetings.agenda(id);
    }

    public List<Attendee> attendees(CurrentUser user, long id) {
        get(user, id);
        return meetings.attendees(id);
    }

    @Transactional
    public List<Attendee> addAttendance(CurrentUser user, long id, AttendanceRequest request) {
        MeetingView meeting = managed(user, id, "登记到会人员");
        if (meeting.heldOn().isAfter(Beijing.today(clock))) {
            throw new ConflictException("会议定于 " + meeting.heldOn() + " 召开，尚未召开，不能登记到会人员");
        }
        if (request == null || request.attendees() == null || request.attendees().isEmpty()) {
            throw new BadInputException("请列出到会人员（attendees：[{name 姓名, role 身份}]）");
        }
        if (request.attendees().size() > 500) {
            throw new BadInputException("一次最多登记 500 名到会人员");
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < request.attendees().size(); i++) {
            AttendeeRequest a = request.attendees().get(i);
            if (a == null) {
                throw new BadInputException("第 " + (i + 1) + " 名到会人员为空");
            }
            rows.add(new String[] {Input.text(a.name(), "attendees[" + i + "].name", "第 " + (i + 1) + " 名到会人员的姓名", 1, 30),
                    Input.text(a.role(), "attendees[" + i + "].role", "第 " + (i + 1) + " 名到会人员的身份", 1, 30)});
        }
        rows.forEach(r -> meetings.addAttendee(id, r[0], r[1]));
        return meetings.attendees(id);
    }

    /** Records (or corrects) the minutes: the meeting is held, and its agenda topics are now being deliberated. */
    @Transactional
    public MeetingView recordMinutes(CurrentUser user, long id, MinutesRequest request) {
        MeetingView meeting = managed(user, id, "记录会议纪要");
        if (meeting.heldOn().isAfter(Beijing.today(clock))) {
            throw new ConflictException("会议定于 " + meeting.heldOn() + " 召开，尚未召开，不能记录纪要");
        }
        String text = Input.text(request == null ? null : request.text(), "text", "会议纪要", 5, 20000);
        int version = request.version() != null ? request.version() : meeting.version();
        if (!meetings.recordMinutes(id, version, text, user.displayName())) {
            throw new OptimisticLockingFailureException("会议 " + id + " 已被他人修改");
        }
        events.publishEvent(new org.jiceng.deliberation.MinutesRecorded(id, meeting.territoryCode()));
        for (AgendaItem item : meetings.agenda(id)) {
            if (item.topicId() != null) {
                topics.advanceTo(user, topics.stored(user, item.topicId()), TopicStep.DELIBERATING, meeting.title() + "协商");
            }
        }
        return get(user, id);
    }

    /** The meeting if the user may see it (else 404) and manage it (else 403). */
    MeetingView managed(CurrentUser user, long id, String what) {
        MeetingView meeting = get(user, id);
        DeliberationAccess.check(user, Resource.MEETING, Action.UPDATE, meeting.territoryCode());
        return meeting;
    }
}
