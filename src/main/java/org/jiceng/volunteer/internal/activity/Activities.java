package org.jiceng.volunteer.internal.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.volunteer.internal.Volunteers;
import org.jiceng.volunteer.internal.activity.ActivityRepository.ActivityRow;
import org.jiceng.volunteer.internal.activity.AttendanceRepository.AttendanceRow;
import org.jiceng.volunteer.internal.activity.AttendanceRepository.Place;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Activities of a team: made and moved by its organisers, signed up for and left by volunteers. */
@Service
public class Activities {

    static final Duration LONGEST = Duration.ofDays(3);

    /** {@code open}: sign-up opens at once (the default) rather than the activity staying planned. */
    public record ActivityRequest(Long teamId, String title, String place, String description, String startsAt,
                                  String endsAt, Integer capacity, Boolean open) {
    }

    public record StateChange(String status, Integer version) {
    }

    private final ActivityRepository activities;
    private final AttendanceRepository attendance;
    private final Teams teams;
    private final Volunteers volunteers;
    private final ActivityAccess access;
    private final ActivityNotices notices;
    private final Clock clock;

    Activities(ActivityRepository activities, AttendanceRepository attendance, Teams teams, Volunteers volunteers,
               ActivityAccess access, ActivityNotices notices, Clock clock) {
        this.activities = activities;
        this.attendance = attendance;
        this.teams = teams;
        this.volunteers = volunteers;
        this.access = access;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public long create(ActivityRequest request, CurrentUser user) {
        TeamRepository.TeamRow team = teams.readable(Input.id(request.teamId(), "teamId", "志愿队"), user);
        ActivityAccess.check(user, Resource.ACTIVITY, Action.CREATE, access.team(user, team));
        String title = Input.text(request.title(), "title", "活动名称", 2, 60);
        String place = Input.text(request.place(), "place", "活动地点", 2, 100);
        String description = Input.optionalText(request.description(), "description", "活动说明", 1000);
        OffsetDateTime starts = required(Input.time(request.startsAt(), "startsAt", "开始时间"), "startsAt", "开始时间");
        OffsetDateTime ends = required(Input.time(request.endsAt(), "endsAt", "结束时间"), "endsAt", "结束时间");
        if (!ends.isAfter(starts)) {
            throw new BadInputException("endsAt", "结束时间须晚于开始时间");
        }
        if (Duration.between(starts, ends).compareTo(LONGEST) > 0) {
            throw new BadInputException("endsAt", "一次活动最长 3 天，更长的请分次安排");
        }
        if (!starts.toInstant().isAfter(clock.instant())) {
            throw new BadInputException("startsAt", "开始时间须在现在之后");
        }
        int capacity = request.capacity() == null ? 0 : request.capacity();
        if (capacity < 1 || capacity > 1000) {
            throw new BadInputException("capacity", "招募人数须在 1 到 1000 之间");
        }
        ActivityState state = Boolean.FALSE.equals(request.open()) ? ActivityState.PLANNED : ActivityState.OPEN;
        return activities.insert(new ActivityRepository.NewActivity(team.communityCode(), team.id(), title, place,
                description == null ? "" : description, starts, ends, capacity, state), user.id());
    }

    public Page<ActivityView> list(CurrentUser user, Long teamId, String status, String after, int limit) {
        ActivityState state = Input.optionalOneOf(ActivityState.class, status, "status", "活动状态", ActivityState::label);
        Scope scope = AccessPolicy.scope(user, Resource.ACTIVITY, Action.READ);
        List<ActivityView> rows = activities.within(scope, user.id(), teamId, state, Cursor.idBelow(after), limit + 1)
                .stream().map(a -> view(a, user)).toList();
        return Page.byId(rows, limit, ActivityView::id);
    }

    public ActivityView get(long id, CurrentUser user) {
        return view(readable(id, user), user);
    }

    /** The organiser opens, starts, ends or cancels the activity by the state table. */
    @Transactional
    public ActivityView change(long id, StateChange change, CurrentUser user) {
        ActivityRow activity = readable(id, user);
        ActivityAccess.check(user, Resource.ACTIVITY, Action.UPDATE, access.activity(user, activity));
        ActivityState to = Input.oneOf(ActivityState.class, change.status(), "status", "活动状态", ActivityState::label, null);
        int version = change.version() == null ? activity.version() : change.version();
        if (version != activity.version()) {
            throw stale();
        }
        move(activity, to);
        if (to == ActivityState.CANCELLED) {
            attendance.ofActivity(id).forEach(a -> notices.cancelled(activity, a));
        }
        return get(id, user);
    }

    /** Moves by the state table; done closes the check-outs still open, flagged, at the activity's end. */
    void move(ActivityRow activity, ActivityState to) {
        String refusal = activity.status().refusal(to);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
        if (to == ActivityState.DONE) {
            attendance.closeForgotten(activity.id(), activity.endsAt());
        }
        if (!activities.move(activity.id(), activity.version(), to)) {
            throw stale();
        }
    }

    /** Signs the user up, or puts them on the waiting list when the activity is full; again is harmless. */
    @Transactional
    public AttendanceView signUp(long id, CurrentUser user) {
        ActivityRow activity = lockedForSignUp(id, user);
        Volunteers.Volunteer volunteer = volunteers.byUser(user.id()).filter(Volunteers.Volunteer::active)
                .orElseThrow(() -> new ConflictException("请先登记为志愿者，再报名活动"));
        AttendanceRow existing = attendance.of(id, volunteer.id()).orElse(null);
        if (existing == null || existing.status() == Place.CANCELLED) {
            Place place = activity.signedUp() < activity.capacity() ? Place.SIGNED_UP : Place.WAITING;
            attendance.put(activity.county(), id, volunteer.id(), place, clock.instant());
        }
        return AttendanceView.of(attendance.of(id, volunteer.id()).orElseThrow(), waitingPosition(id, volunteer.id()));
    }

    /** Leaves the activity; a place given up goes to the first on the waiting list, who is told. */
    @Transactional
    public AttendanceView cancel(long id, CurrentUser user) {
        ActivityRow activity = lockedForSignUp(id, user);
        Volunteers.Volunteer volunteer = volunteers.byUser(user.id())
                .orElseThrow(() -> new ConflictException("您没有报名该活动"));
        AttendanceRow row = attendance.of(id, volunteer.id()).filter(a -> a.status() != Place.CANCELLED)
                .orElseThrow(() -> new ConflictException("您没有报名该活动"));
        attendance.place(row.id(), Place.CANCELLED);
        if (row.status() == Place.SIGNED_UP) {
            attendance.firstWaiting(id).ifPresent(next -> {
                attendance.place(next.id(), Place.SIGNED_UP);
                notices.movedUp(activity, next);
            });
        }
        return AttendanceView.of(attendance.find(row.id()).orElseThrow(), 0);
    }

    private ActivityRow lockedForSignUp(long id, CurrentUser user) {
        readable(id, user);
        ActivityRow activity = activities.lock(id).orElseThrow();
        ActivityAccess.check(user, Resource.ACTIVITY, Action.ACT, access.activity(user, activity));
        if (!activity.status().takesSignUps() || !clock.instant().isBefore(activity.start())) {
            throw new ConflictException("活动" + activity.status().label() + "，现在不能报名或取消报名");
        }
        return activity;
    }

    /** The volunteer's place on the waiting list, from 1 (0 when they have a place). */
    private int waitingPosition(long activityId, long volunteerId) {
        List<AttendanceRow> all = attendance.ofActivity(activityId);
        int ahead = 0;
        for (AttendanceRow a : all) {
            if (a.volunteerId() == volunteerId) {
                return a.status() == Place.WAITING ? ahead + 1 : 0;
            }
            if (a.status() == Place.WAITING) {
                ahead++;
            }
        }
        return 0;
    }

    ActivityRow readable(long id, CurrentUser user) {
        return activities.find(id)
                .filter(a -> ActivityAccess.allows(user, Resource.ACTIVITY, Action.READ, access.activity(user, a))
                        || access.activity(user, a).held().contains(org.jiceng.Relation.ORGANISER))
                .orElseThrow(() -> new NotFoundException("活动 " + id + " 不存在或不在您的辖区内"));
    }

    private ActivityView view(ActivityRow a, CurrentUser user) {
        AccessPolicy.Target target = access.activity(user, a);
        return ActivityView.of(a, ActivityAccess.allows(user, Resource.ACTIVITY, Action.UPDATE, target),
                ActivityAccess.allows(user, Resource.ATTENDANCE, Action.ACT, target));
    }

    private static OffsetDateTime required(OffsetDateTime value, String field, String label) {
        if (value == null) {
            throw new BadInputException(field, "请填写" + label);
        }
        return value;
    }

    static ConflictException stale() {
        return new ConflictException("该活动刚被他人修改，请刷新后再试");
    }
}
