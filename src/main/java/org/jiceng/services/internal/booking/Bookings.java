package org.jiceng.services.internal.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.services.BookingClosed;
import org.jiceng.services.internal.booking.BookingRepository.BookingRow;
import org.jiceng.services.internal.booking.SessionRepository.SessionRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents book a session for themselves or a family member; the desk checks them in. Every change to a session's
 * seats first locks the session's row, so bookings of one session queue one at a time: the last seat goes to one
 * resident, the next gets a place on the waiting list (201 with status WAITING) while the list has room, and a 409
 * once it is full. The seat count is also held within capacity by a check in the database. A cancelled seat goes to
 * the first on the waiting list, who is told in their inbox.
 */
@Service
public class Bookings {

    /** Check-in opens this long before a session starts and closes this long after it ends. */
    static final Duration CHECK_IN_MARGIN = Duration.ofMinutes(30);

    /** {@code attendee}: the family member the booking is for; empty for oneself. */
    public record Request(Long sessionId, String attendee) {
    }

    private final SessionRepository sessions;
    private final BookingRepository bookings;
    private final BookingNotices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Bookings(SessionRepository sessions, BookingRepository bookings, BookingNotices notices,
             ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public BookingView book(Request request, CurrentUser user) {
        if (request == null) {
            throw new BadInputException("sessionId", "请选择要预约的场次");
        }
        long sessionId = Input.id(request.sessionId(), "sessionId", "场次");
        String attendee = Input.optionalText(request.attendee(), "attendee", "家人姓名", 20);
        attendee = attendee == null ? "" : attendee;
        SessionRow session = sessions.lock(sessionId)
                .orElseThrow(() -> new NotFoundException("场次 " + sessionId + " 不存在"));
        AccessPolicy.check(user, Resource.BOOKING, Action.CREATE, Target.at(session.territoryCode()));
        Instant now = clock.instant();
        if (!"OPEN".equals(session.status())) {
            throw new ConflictException("场次已取消，不能预约");
        }
        if (!now.isBefore(session.start())) {
            throw new ConflictException("场次已开始，不能再预约");
        }
        if (bookings.live(sessionId, user.id(), attendee).isPresent()) {
            throw new ConflictException((attendee.isEmpty() ? "您" : attendee) + "已预约该场次，不能重复预约");
        }
        BookingStatus status;
        if (sessions.takeSeat(sessionId)) {
            status = BookingStatus.BOOKED;
        } else if (session.waiting() < session.waitingLimit()) {
            status = BookingStatus.WAITING;
        } else {
            throw new ConflictException("该场次名额已满，候补名单也已满（" + session.waitingLimit() + " 人），请选择其他场次");
        }
        try {
            long id = bookings.insert(session.county(), sessionId, session.centreId(), session.territoryCode(),
                    user.id(), user.residentId(), user.displayName(), attendee, status, now);
            return view(bookings.find(id).orElseThrow(), session);
        } catch (DuplicateKeyException twice) {
            throw new ConflictException("已预约该场次，不能重复预约");
        }
    }

    @Transactional
    public BookingView cancel(long id, CurrentUser user) {
        BookingRow row = bookings.find(id).orElseThrow(() -> BookingAccess.notFound(id));
        BookingAccess.mayCancel(user, row);
        SessionRow session = sessions.lock(row.sessionId()).orElseThrow();
        row = bookings.find(id).orElseThrow();
        if (!row.status().live()) {
            throw new ConflictException("预约" + row.status().label() + "，不能再取消");
        }
        Instant now = clock.instant();
        if (!now.isBefore(session.start())) {
            throw new ConflictException("场次已开始，不能再取消预约");
        }
        if (!bookings.move(id, row.status(), BookingStatus.CANCELLED, now, null)) {
            throw new ConflictException("预约刚被修改，请刷新后再试");
        }
        closed(row, session, BookingStatus.CANCELLED, now);
        if (row.status() == BookingStatus.BOOKED) {
            var next = bookings.firstWaiting(session.id());
            if (next.isPresent() && bookings.move(next.get().id(), BookingStatus.WAITING, BookingStatus.BOOKED, now, null)) {
                notices.movedUp(session, next.get());
            } else {
                sessions.freeSeat(session.id());
            }
        }
        return view(bookings.find(id).orElseThrow(), sessions.find(session.id()).orElseThrow());
    }

    @Transactional
    public BookingView checkIn(long id, CurrentUser user) {
        BookingRow row = bookings.find(id).orElseThrow(() -> BookingAccess.notFound(id));
        BookingAccess.mayCheckIn(user, row);
        SessionRow session = sessions.lock(row.sessionId()).orElseThrow();
        row = bookings.find(id).orElseThrow();
        if (row.status() != BookingStatus.BOOKED) {
            throw new ConflictException(row.status() == BookingStatus.WAITING ? "候补尚未转正，不能签到"
                    : "预约" + row.status().label() + "，不能签到");
        }
        Instant now = clock.instant();
        if (now.isBefore(session.start().minus(CHECK_IN_MARGIN)) || now.isAfter(session.end().plus(CHECK_IN_MARGIN))) {
            throw new ConflictException("现在不在签到时间内（场次开始前 30 分钟至结束后 30 分钟）");
        }
        if (!bookings.move(id, BookingStatus.BOOKED, BookingStatus.ATTENDED, now, user.id())) {
            throw new ConflictException("预约刚被修改，请刷新后再试");
        }
        closed(row, session, BookingStatus.ATTENDED, now);
        return view(bookings.find(id).orElseThrow(), session);
    }

    /** Closes what an ended session left: seats not checked in are NO_SHOW, waiting places LAPSED. */
    @Transactional
    public int closeEnded(long sessionId) {
        SessionRow session = sessions.lock(sessionId).orElseThrow();
        Instant now = clock.instant();
        int noShows = 0;
        for (BookingRow row : bookings.ofSession(sessionId)) {
            if (row.status() == BookingStatus.BOOKED && bookings.move(row.id(), BookingStatus.BOOKED,
                    BookingStatus.NO_SHOW, now, null)) {
                closed(row, session, BookingStatus.NO_SHOW, now);
                noShows++;
            } else if (row.status() == BookingStatus.WAITING
                    && bookings.move(row.id(), BookingStatus.WAITING, BookingStatus.LAPSED, now, null)) {
                notices.lapsed(session, row);
            }
        }
        sessions.markSwept(sessionId);
        return noShows;
    }

    /** A session's seats and waiting list, for the desk and oversight of the centre's place. */
    public List<BookingView> ofSession(long sessionId, CurrentUser user) {
        SessionRow session = sessions.find(sessionId).orElseThrow(() -> new NotFoundException("场次 " + sessionId + " 不存在"));
        AccessPolicy.check(user, Resource.BOOKING, Action.READ, Target.at(session.territoryCode()));
        List<BookingView> views = new ArrayList<>();
        int waiting = 0;
        for (BookingRow row : bookings.ofSession(sessionId)) {
            views.add(view(row, session, row.status() == BookingStatus.WAITING ? ++waiting : 0));
        }
        return views;
    }

    public Page<BookingView> mine(CurrentUser user, String after, int limit) {
        List<BookingView> rows = bookings.ofUser(user.id(), Cursor.idBelow(after), limit + 1).stream()
                .map(row -> view(row, sessions.find(row.sessionId()).orElseThrow())).toList();
        return Page.byId(rows, limit, BookingView::id);
    }

    public BookingView get(long id, CurrentUser user) {
        BookingRow row = bookings.find(id).orElseThrow(() -> BookingAccess.notFound(id));
        BookingAccess.readable(user, row);
        return view(row, sessions.find(row.sessionId()).orElseThrow());
    }

    public boolean isDesk(CurrentUser user, String territoryCode) {
        return BookingAccess.isDesk(user, territoryCode);
    }

    private void closed(BookingRow row, SessionRow session, BookingStatus outcome, Instant at) {
        events.publishEvent(new BookingClosed(row.county(), row.id(), session.territoryCode(), session.centreId(),
                session.centreName(), session.serviceKind(), session.day(), outcome.name(), at));
    }

    private BookingView view(BookingRow row, SessionRow session) {
        int position = row.status() == BookingStatus.WAITING ? bookings.waitingBefore(row) + 1 : 0;
        return view(row, session, position);
    }

    private static BookingView view(BookingRow row, SessionRow session, int position) {
        return new BookingView(row.id(), row.sessionId(), row.centreId(), session.centreName(), session.serviceName(),
                session.serviceKind(), session.startsAt(), session.endsAt(), row.bookerName(), row.attendee(),
                row.status().name(), row.status().label(), position, row.bookedAt(), row.checkedInAt());
    }
}
