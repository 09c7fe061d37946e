package org.jiceng.deliberation.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.net.URI;
import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.Page;
import org.jiceng.deliberation.MeetingView;
import org.jiceng.deliberation.ResolutionView;
import org.jiceng.deliberation.internal.MeetingResolutionService;
import org.jiceng.deliberation.internal.MeetingService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Meetings under {@code /api/v1/meetings}: one-off and recurring, agenda, attendance, minutes, resolutions. */
@RestController
@RequestMapping("/api/v1/meetings")
class MeetingApiController {

    private final MeetingService meetings;
    private final MeetingResolutionService resolutions;

    MeetingApiController(MeetingService meetings, MeetingResolutionService resolutions) {
        this.meetings = meetings;
        this.resolutions = resolutions;
    }

    /** A meeting with everything recorded at it. */
    record MeetingDetail(MeetingView meeting, List<AgendaLine> agenda, Attendance attendance,
                         List<ResolutionView> resolutions) {
    }

    record AgendaLine(int position, Long topicId, String title, String topicStep) {
    }

    record Attendance(int count, List<Attendee> items) {
    }

    record Attendee(String name, String role) {
    }

    @Guard(resource = Resource.MEETING, action = Action.CREATE)
    @PostMapping
    ResponseEntity<MeetingView> create(@RequestBody MeetingService.MeetingRequest request, CurrentUser user) {
        MeetingView meeting = meetings.create(user, request);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meeting.id())).body(meeting);
    }

    @Guard(resource = Resource.MEETING, action = Action.CREATE)
    @PostMapping("/schedule")
    ResponseEntity<MeetingService.Series> schedule(@RequestBody MeetingService.ScheduleRequest request, CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(meetings.schedule(user, request));
    }

    @Guard(resource = Resource.MEETING, action = Action.READ)
    @GetMapping
    Page<MeetingView> list(@RequestParam(required = false) String territory, @RequestParam(required = false) String kind,
                           @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                           CurrentUser user) {
        return meetings.list(user, territory, kind, after, Page.limit(limit));
    }

    @Guard(resource = Resource.MEETING, action = Action.READ)
    @GetMapping("/{id}")
    MeetingDetail one(@PathVariable long id, CurrentUser user) {
        return new MeetingDetail(meetings.get(user, id), agenda(id, user).items(), attendance(id, user),
                resolutions.ofMeeting(user, id));
    }

    @Guard(resource = Resource.MEETING, action = Action.READ)
    @GetMapping("/{id}/agenda")
    Page<AgendaLine> agenda(@PathVariable long id, CurrentUser user) {
        return agendaPage(meetings.agenda(user, id));
    }

    @Guard(resource = Resource.MEETING, action = Action.UPDATE)
    @PostMapping("/{id}/agenda")
    ResponseEntity<Page<AgendaLine>> addToAgenda(@PathVariable long id, @RequestBody MeetingService.AgendaRequest request,
                                                 CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(agendaPage(meetings.addToAgenda(user, id, request)));
    }

    private static Page<AgendaLine> agendaPage(List<MeetingService.AgendaItem> items) {
        return new Page<>(items.stream().map(i -> new AgendaLine(i.position(), i.topicId(), i.title(),
                i.topicStep() == null ? null : i.topicStep().name())).toList(), null);
    }

    @Guard(resource = Resource.MEETING, action = Action.READ)
    @GetMapping("/{id}/attendance")
    Attendance attendance(@PathVariable long id, CurrentUser user) {
        return attendanceOf(meetings.attendees(user, id));
    }

    @Guard(resource = Resource.MEETING, action = Action.UPDATE)
    @PostMapping("/{id}/attendance")
    ResponseEntity<Attendance> addAttendance(@PathVariable long id, @RequestBody MeetingService.AttendanceRequest request,
                                             CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(attendanceOf(meetings.addAttendance(user, id, request)));
    }

    private static Attendance attendanceOf(List<MeetingService.Attendee> rows) {
        return new Attendance(rows.size(), rows.stream().map(a -> new Attendee(a.name(), a.role())).toList());
    }

    @Guard(resource = Resource.MEETING, action = Action.UPDATE)
    @PutMapping("/{id}/minutes")
    MeetingView minutes(@PathVariable long id, @RequestBody MeetingService.MinutesRequest request, CurrentUser user) {
        return meetings.recordMinutes(user, id, request);
    }

    @Guard(resource = Resource.MEETING, action = Action.READ)
    @GetMapping("/{id}/resolutions")
    Page<ResolutionView> resolutions(@PathVariable long id, CurrentUser user) {
        return new Page<>(resolutions.ofMeeting(user, id), null);
    }

    @Guard(resource = Resource.MEETING, action = Action.UPDATE)
    @PostMapping("/{id}/resolutions")
    ResponseEntity<ResolutionView> resolve(@PathVariable long id, @RequestBody MeetingResolutionService.ResolutionRequest request,
                                           CurrentUser user) {
        ResolutionView resolution = resolutions.record(user, id, request);
        return ResponseEntity.created(URI.create("/api/v1/resolutions/" + resolution.id())).body(resolution);
    }
}
