package org.jiceng.services.internal.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.services.internal.centre.CentreView;
import org.jiceng.services.internal.centre.Centres;
import org.jiceng.services.internal.centre.OpeningHours;
import org.jiceng.services.internal.booking.SessionRepository.SessionRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CentreSessions of a centre's services: one at a time, or the same weekday and hours for several weeks (a weekly
 * timetable), each inside the centre's opening hours; a closed day is skipped when repeating and refused when asked
 * for alone. Written by the centre's managers, read by everyone.
 */
@Service
public class CentreSessions {

    static final int MOST_WEEKS = 12;

    /** {@code weeks}: how many weeks to repeat from {@code day} (1 when absent). Times are Beijing HH:MM. */
    public record Request(Long serviceId, Long roomId, String day, String startsAt, String endsAt, Integer capacity,
                          Integer waitingLimit, Integer weeks) {
    }

    private final Centres centres;
    private final SessionRepository sessions;
    private final Clock clock;

    CentreSessions(Centres centres, SessionRepository sessions, Clock clock) {
        this.centres = centres;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The sessions of a centre from {@code from} for {@code days} days. */
    public List<SessionView> ofCentre(long centreId, LocalDate from, int days) {
        centres.row(centreId);
        if (days < 1 || days > 62) {
            throw new BadInputException("days", "days 须为 1 到 62");
        }
        Instant start = from.atStartOfDay(Beijing.ZONE).toInstant();
        Instant end = from.plusDays(days).atStartOfDay(Beijing.ZONE).toInstant();
        return sessions.ofCentre(centreId, start, end, 1000).stream().map(CentreSessions::view).toList();
    }

    /** The next open sessions of a centre from now, at most {@code limit}. */
    public List<SessionView> upcoming(long centreId, int limit) {
        Instant now = clock.instant();
        return sessions.ofCentre(centreId, now, now.plus(java.time.Duration.ofDays(31)), limit).stream()
                .filter(s -> "OPEN".equals(s.status())).map(CentreSessions::view).toList();
    }

    public SessionView get(long id) {
        return view(sessions.find(id).orElseThrow(() -> new NotFoundException("场次 " + id + " 不存在")));
    }

    @Transactional
    public List<SessionView> create(long centreId, Request r, CurrentUser user) {
        var centre = centres.row(centreId);
        AccessPolicy.check(user, Resource.SERVICE_CENTRE, Action.MANAGE, Target.at(centre.territoryCode()));
        if (r == null) {
            throw new BadInputException("serviceId", "请填写场次信息");
        }
        CentreView view = centres.get(centreId);
        long serviceId = Input.id(r.serviceId(), "serviceId", "服务");
        CentreView.Service service = view.services().stream().filter(s -> s.id() == serviceId).findFirst()
                .orElseThrow(() -> new BadInputException("serviceId", "服务 " + serviceId + " 不属于本服务中心"));
        if (!Boolean.TRUE.equals(service.active())) {
            throw new BadInputException("serviceId", "服务“" + service.name() + "”已停用");
        }
        Long roomId = r.roomId() != null ? r.roomId() : service.roomId();
        CentreView.Room room = roomId == null ? null : view.rooms().stream().filter(x -> x.id().equals(roomId))
                .findFirst().orElseThrow(() -> new BadInputException("roomId", "场室 " + roomId + " 不属于本服务中心"));
        LocalDate day = Input.date(r.day(), "day", "日期", null);
        LocalTime start = Input.timeOfDay(r.startsAt(), "startsAt", "开始时间");
        LocalTime end = Input.timeOfDay(r.endsAt(), "endsAt", "结束时间");
        if (start == null || end == null) {
            throw new BadInputException(start == null ? "startsAt" : "endsAt", "请填写开始和结束时间（HH:MM）");
        }
        int capacity = r.capacity() != null ? r.capacity() : room != null ? room.capacity() : 0;
        if (capacity < 1 || capacity > 1000) {
            throw new BadInputException("capacity", "名额须为 1 到 1000");
        }
        if (room != null && capacity > room.capacity()) {
            throw new BadInputException("capacity", "名额不能超过场室“" + room.name() + "”的容纳人数 " + room.capacity());
        }
        int waitingLimit = r.waitingLimit() == null ? Math.min(10, capacity) : r.waitingLimit();
        if (waitingLimit < 0 || waitingLimit > 100) {
            throw new BadInputException("waitingLimit", "候补名额须为 0 到 100");
        }
        int weeks = r.weeks() == null ? 1 : r.weeks();
        if (weeks < 1 || weeks > MOST_WEEKS) {
            throw new BadInputException("weeks", "重复周数须为 1 到 " + MOST_WEEKS);
        }
        Instant now = clock.instant();
        if (!day.atTime(start).atZone(Beijing.ZONE).toInstant().isAfter(now)) {
            throw new BadInputException("day", "场次须在现在之后开始");
        }
        OpeningHours hours = centres.openingHours(centreId);
        List<SessionView> made = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            LocalDate d = day.plusWeeks(w);
            String refusal = hours.refusal(d, start, end);
            if (refusal != null) {
                if (w > 0 && hours.closedDays().contains(d)) {
                    continue;
                }
                throw new BadInputException(refusal.startsWith("结束") ? "endsAt" : "startsAt", refusal);
            }
            sessions.insert(centre.county(), centreId, serviceId, roomId, d,
                    d.atTime(start).atZone(Beijing.ZONE).toOffsetDateTime(),
                    d.atTime(end).atZone(Beijing.ZONE).toOffsetDateTime(), capacity, waitingLimit, user.id(), now)
                    .flatMap(sessions::find).map(CentreSessions::view).ifPresent(made::add);
        }
        return made;
    }

    static SessionView view(SessionRow s) {
        String kindName = org.jiceng.services.internal.centre.ServiceKind.valueOf(s.serviceKind()).label();
        return new SessionView(s.id(), s.centreId(), s.centreName(), s.serviceId(), s.serviceName(), s.serviceKind(),
                kindName, s.priceFen(), s.roomId(), s.roomName(), s.day(), s.startsAt(), s.endsAt(), s.capacity(),
                s.booked(), s.waiting(), s.waitingLimit(), s.status());
    }
}
