package org.jiceng.volunteer.web;

import java.net.URI;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.volunteer.internal.activity.Activities;
import org.jiceng.volunteer.internal.activity.ActivityView;
import org.jiceng.volunteer.internal.activity.AttendanceView;
import org.jiceng.volunteer.internal.activity.Attendances;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Activities: made and moved by their organisers, signed up for (with a waiting list) and left by volunteers; the
 * organiser's check-in code, the volunteer's scan, the sign-up list and the bulk confirmation of the times.
 */
@RestController
class ActivityApiController {

    record Created(long id) {
    }

    record Scan(String token) {
    }

    private final Activities activities;
    private final Attendances attendances;

    ActivityApiController(Activities activities, Attendances attendances) {
        this.activities = activities;
        this.attendances = attendances;
    }

    @Guard(resource = Resource.ACTIVITY, action = Action.READ)
    @GetMapping("/api/v1/volunteer/activities")
    Page<ActivityView> list(@RequestParam(required = false) Long teamId, @RequestParam(required = false) String status,
                            @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                            CurrentUser user) {
        return activities.list(user, teamId, status, after, Page.limit(limit));
    }

    @Guard(resource = Resource.ACTIVITY, action = Action.CREATE)
    @PostMapping("/api/v1/volunteer/activities")
    ResponseEntity<Created> create(@RequestBody Activities.ActivityRequest request, CurrentUser user) {
        long id = activities.create(request, user);
        return ResponseEntity.created(URI.create("/api/v1/volunteer/activities/" + id)).body(new Created(id));
    }

    @Guard(resource = Resource.ACTIVITY, action = Action.READ)
    @GetMapping("/api/v1/volunteer/activities/{id}")
    ActivityView get(@PathVariable long id, CurrentUser user) {
        return activities.get(id, user);
    }

    /** Opens, starts, ends or cancels the activity (PLANNED → OPEN → RUNNING → DONE; CANCELLED until it runs). */
    @Guard(resource = Resource.ACTIVITY, action = Action.UPDATE)
    @PostMapping("/api/v1/volunteer/activities/{id}/status")
    ActivityView change(@PathVariable long id, @RequestBody Activities.StateChange change, CurrentUser user) {
        return activities.change(id, change, user);
    }

    @Guard(resource = Resource.ACTIVITY, action = Action.ACT)
    @PostMapping("/api/v1/volunteer/activities/{id}/sign-up")
    AttendanceView signUp(@PathVariable long id, CurrentUser user) {
        return activities.signUp(id, user);
    }

    @Guard(resource = Resource.ACTIVITY, action = Action.ACT)
    @PostMapping("/api/v1/volunteer/activities/{id}/cancel")
    AttendanceView cancel(@PathVariable long id, CurrentUser user) {
        return activities.cancel(id, user);
    }

    @Guard(resource = Resource.ATTENDANCE, action = Action.READ)
    @GetMapping("/api/v1/volunteer/activities/{id}/attendance")
    Page<AttendanceView> attendance(@PathVariable long id, CurrentUser user) {
        // one page: an activity's list is bounded by its capacity and waiting list, and read whole to confirm it
        return new Page<>(attendances.ofActivity(id, user), null);
    }

    /** The code to show now ({@code kind} IN or OUT); it changes every 30 s and is accepted for 60 s. */
    @Guard(resource = Resource.ATTENDANCE, action = Action.ACT)
    @GetMapping("/api/v1/volunteer/activities/{id}/code")
    Attendances.Code code(@PathVariable long id, @RequestParam(required = false) String kind, CurrentUser user) {
        return attendances.code(id, kind, ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString(),
                user);
    }

    @Guard(resource = Resource.ATTENDANCE, action = Action.ACT)
    @PostMapping("/api/v1/volunteer/activities/{id}/confirm")
    Page<AttendanceView> confirm(@PathVariable long id, @RequestBody(required = false) Attendances.Confirmation body,
                                 CurrentUser user) {
        return new Page<>(attendances.confirm(id, body, user), null);
    }

    /** The volunteer checks in or out with the code they scanned. */
    @Guard(resource = Resource.ATTENDANCE, action = Action.CREATE)
    @PostMapping("/api/v1/volunteer/check-ins")
    Attendances.ScanResult scan(@RequestBody Scan scan, CurrentUser user) {
        return attendances.scan(scan == null ? null : scan.token(), user);
    }

    /** The signed-in volunteer's own sign-ups and attendance. */
    @Guard(resource = Resource.ATTENDANCE, action = Action.READ)
    @GetMapping("/api/v1/volunteer/attendance")
    Page<AttendanceView> mine(@RequestParam(required = false) String after,
                              @RequestParam(required = false) Integer limit, CurrentUser user) {
        return attendances.mine(user, after, Page.limit(limit));
    }

    @Guard(resource = Resource.ATTENDANCE, action = Action.READ)
    @GetMapping("/api/v1/volunteer/attendance/{id}")
    AttendanceView attendanceRecord(@PathVariable long id, CurrentUser user) {
        return attendances.get(id, user);
    }
}
