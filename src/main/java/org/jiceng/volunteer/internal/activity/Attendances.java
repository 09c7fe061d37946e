package org.jiceng.volunteer.internal.activity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.volunteer.VolunteerHoursConfirmed;
import org.jiceng.volunteer.internal.Volunteers;
import org.jiceng.volunteer.internal.activity.ActivityRepository.ActivityRow;
import org.jiceng.volunteer.internal.activity.AttendanceRepository.AttendanceRow;
import org.jiceng.volunteer.internal.activity.AttendanceRepository.Place;
import org.jiceng.volunteer.internal.activity.CheckInTokens.Kind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in and check-out by the organiser's code, the sign-up list, and the organiser's bulk confirmation of the
 * times, from which the hours are counted in whole minutes. Codes are shown and accepted from
 * {@link #MARGIN} before the start to {@link #MARGIN} after the end (check-in only until the end).
 */
@Service
public class Attendances {

    static final Duration MARGIN = Duration.ofMinutes(30);
    static final Duration LONGEST_STAY = Duration.ofHours(24);

    public record Code(long activityId, String kind, String url, String svg, OffsetDateTime expiresAt) {
    }

    public record ScanResult(long activityId, String activityTitle, String kind, boolean repeated,
                             OffsetDateTime checkedInAt, OffsetDateTime checkedOutAt) {
    }

    /** One attendance to confirm; a time left out keeps the one recorded by the scan. */
    public record Correction(Long attendanceId, String checkedIn, String checkedOut) {
    }

    /** {@code items} null: confirm everyone checked in and out and not yet confirmed. */
    public record Confirmation(List<Correction> items) {
    }

    private final Activities activities;
    private final ActivityRepository activityRows;
    private final AttendanceRepository attendance;
    private final Volunteers volunteers;
    private final ActivityAccess access;
    private final CheckInTokens tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Attendances(Activities activities, ActivityRepository activityRows, AttendanceRepository attendance,
                Volunteers volunteers, ActivityAccess access, CheckInTokens tokens, ApplicationEventPublisher events,
                Clock clock) {
        this.activities = activities;
        this.activityRows = activityRows;
        this.attendance = attendance;
        this.volunteers = volunteers;
        this.access = access;
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    /** The current code for the organiser's screen; {@code baseUrl} makes the link a phone opens. */
    public Code code(long activityId, String kind, String baseUrl, CurrentUser user) {
        ActivityRow activity = activities.readable(activityId, user);
        ActivityAccess.check(user, Resource.ATTENDANCE, Action.ACT, access.activity(user, activity));
        Kind k = Input.oneOf(Kind.class, kind, "kind", "签到或签退", x -> x == Kind.IN ? "签到" : "签退", Kind.IN);
        Instant now = clock.instant();
        refuseOutsideWindow(activity, k, now);
        String token = tokens.issue(activityId, k, now);
        String url = baseUrl + "/volunteer/scan?t=" + token;
        return new Code(activityId, k.name(), url, QrSvg.svg(url),
                CheckInTokens.expiry(now).atOffset(org.jiceng.Beijing.OFFSET));
    }

    /** The volunteer's phone opened a code: checks them in or out once; a repeated scan changes nothing. */
    @Transactional
    public ScanResult scan(String token, CurrentUser user) {
        Instant now = clock.instant();
        CheckInTokens.Claim claim;
        try {
            claim = tokens.verify(token, now);
        } catch (CheckInTokens.Refused refused) {
            throw new BadInputException("token", refused.getMessage());
        }
        ActivityRow activity = activityRows.lock(claim.activityId())
                .orElseThrow(() -> new NotFoundException("活动 " + claim.activityId() + " 不存在"));
        Volunteers.Volunteer volunteer = volunteers.byUser(user.id())
                .orElseThrow(() -> new ConflictException("您还没有登记为志愿者，不能签到"));
        AttendanceRow row = attendance.of(activity.id(), volunteer.id())
                .orElseThrow(() -> new ConflictException("您没有报名活动“" + activity.title() + "”，不能签到"));
        ActivityAccess.check(user, Resource.ATTENDANCE, Action.CREATE, access.attendance(user, activity, row));
        if (row.status() != Place.SIGNED_UP) {
            throw new ConflictException(row.status() == Place.WAITING ? "您在候补名单上，尚未获得活动名额，不能签到"
                    : "您已取消报名，不能签到");
        }
        refuseOutsideWindow(activity, claim.kind(), now);
        boolean changed;
        if (claim.kind() == Kind.IN) {
            changed = attendance.checkIn(row.id(), now);
            if (activity.status() == ActivityState.OPEN && !now.isBefore(activity.start())) {
                activities.move(activity, ActivityState.RUNNING);
            }
        } else {
            if (row.checkedInAt() == null) {
                throw new ConflictException("您还没有签到，请先扫描签到码");
            }
            changed = attendance.checkOut(row.id(), now);
        }
        AttendanceRow after = attendance.find(row.id()).orElseThrow();
        return new ScanResult(activity.id(), activity.title(), claim.kind().name(), !changed, after.checkedInAt(),
                after.checkedOutAt());
    }

    private static void refuseOutsideWindow(ActivityRow activity, Kind kind, Instant now) {
        Instant opens = activity.start().minus(MARGIN);
        Instant closes = kind == Kind.IN ? activity.end() : activity.end().plus(MARGIN);
        if (!activity.status().takesAttendance() || now.isBefore(opens) || !now.isBefore(closes)) {
            throw new ConflictException("活动“" + activity.title() + "”现在不在" + (kind == Kind.IN ? "签到" : "签退")
                    + "时间内（开始前 30 分钟起，" + (kind == Kind.IN ? "至结束时止" : "至结束后 30 分钟止") + "）");
        }
    }

    /** The sign-up list with the times, for the organiser, the community's staff and oversight. */
    public List<AttendanceView> ofActivity(long activityId, CurrentUser user) {
        ActivityRow activity = activities.readable(activityId, user);
        ActivityAccess.check(user, Resource.ATTENDANCE, Action.READ, access.activity(user, activity));
        List<AttendanceView> views = new ArrayList<>();
        int waiting = 0;
        for (AttendanceRow a : attendance.ofActivity(activityId)) {
            views.add(AttendanceView.of(a, a.status() == Place.WAITING ? ++waiting : 0));
        }
        return views;
    }

    /** The user's own sign-ups and attendance, newest first. */
    public Page<AttendanceView> mine(CurrentUser user, String after, int limit) {
        return volunteers.byUser(user.id())
                .map(v -> Page.byId(attendance.ofVolunteer(v.id(), Cursor.idBelow(after), limit + 1).stream()
                        .map(a -> AttendanceView.of(a, 0)).toList(), limit, AttendanceView::id))
                .orElse(new Page<>(List.of(), null));
    }

    public AttendanceView get(long id, CurrentUser user) {
        AttendanceRow row = attendance.find(id).orElseThrow(() -> notFound(id));
        ActivityRow activity = activityRows.find(row.activityId()).orElseThrow();
        if (!ActivityAccess.allows(user, Resource.ATTENDANCE, Action.READ, access.attendance(user, activity, row))) {
            throw notFound(id);
        }
        return AttendanceView.of(row, 0);
    }

    /** Confirms times in bulk, all or nothing; each confirmation publishes the hours in this transaction. */
    @Transactional
    public List<AttendanceView> confirm(long activityId, Confirmation confirmation, CurrentUser user) {
        ActivityRow activity = activities.readable(activityId, user);
        ActivityAccess.check(user, Resource.ATTENDANCE, Action.ACT, access.activity(user, activity));
        if (!activity.status().confirmable()) {
            throw new ConflictException("活动" + activity.status().label() + "，还不能确认时长");
        }
        Map<Long, AttendanceRow> rows = attendance.ofActivity(activityId).stream()
                .filter(a -> a.status() == Place.SIGNED_UP)
                .collect(Collectors.toMap(AttendanceRow::id, Function.identity()));
        List<Correction> items = confirmation == null || confirmation.items() == null
                ? rows.values().stream().filter(a -> !a.confirmed() && a.checkedOutAt() != null)
                        .map(a -> new Correction(a.id(), null, null)).toList()
                : confirmation.items();
        if (items.isEmpty()) {
            throw new BadInputException("items", "没有可确认的签到记录（须已签到并签退，或填写更正后的时间）");
        }
        Instant now = clock.instant();
        List<AttendanceView> confirmed = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Correction item : items) {
            if (item == null) {
                throw new BadInputException("items", "确认名单中有空项");
            }
            long id = Input.id(item.attendanceId(), "attendanceId", "签到记录");
            if (!seen.add(id)) {
                throw new BadInputException("attendanceId", "签到记录 " + id + " 在确认名单中出现了两次");
            }
            AttendanceRow row = rows.get(id);
            if (row == null) {
                throw new BadInputException("attendanceId", "签到记录 " + id + " 不属于该活动的报名名单");
            }
            if (row.confirmed()) {
                throw new ConflictException(row.volunteerName() + " 的时长已确认，不能重复确认");
            }
            Instant in = time(item.checkedIn(), "checkedIn", "签到时间", row.checkedInAt(), row.volunteerName());
            Instant out = time(item.checkedOut(), "checkedOut", "签退时间", row.checkedOutAt(), row.volunteerName());
            int minutes = minutes(in, out, row.volunteerName());
            if (!attendance.confirm(row.id(), row.version(), in, out, minutes, now, user.id())) {
                throw new ConflictException(row.volunteerName() + " 的签到记录刚被修改，请刷新后再试");
            }
            events.publishEvent(new VolunteerHoursConfirmed(row.county(), row.id(), row.volunteerId(),
                    activity.communityCode(), activity.id(), activity.title(), minutes,
                    row.closedByRule() && item.checkedOut() == null, now));
            confirmed.add(AttendanceView.of(attendance.find(row.id()).orElseThrow(), 0));
        }
        return confirmed;
    }

    /** Whole minutes from check-in to check-out, the seconds left over dropped. */
    static int minutes(Instant in, Instant out, String who) {
        if (!out.isAfter(in)) {
            throw new BadInputException("checkedOut", who + " 的签退时间须晚于签到时间");
        }
        Duration stay = Duration.between(in, out);
        if (stay.compareTo(LONGEST_STAY) > 0) {
            throw new BadInputException("checkedOut", who + " 的服务时长超过 24 小时，请核对时间");
        }
        return Math.toIntExact(stay.toMinutes());
    }

    private static Instant time(String corrected, String field, String label, OffsetDateTime recorded, String who) {
        OffsetDateTime at = Input.time(corrected, field, label);
        if (at == null) {
            at = recorded;
        }
        if (at == null) {
            throw new BadInputException(field, who + " 没有" + label + "，请填写更正后的时间");
        }
        return at.toInstant();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("签到记录 " + id + " 不存在或不在您的辖区内");
    }
}
