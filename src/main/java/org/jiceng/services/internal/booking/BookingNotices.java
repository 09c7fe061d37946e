package org.jiceng.services.internal.booking;

import java.time.format.DateTimeFormatter;
import org.jiceng.cases.PersonalNotice;
import org.jiceng.services.internal.booking.BookingRepository.BookingRow;
import org.jiceng.services.internal.booking.SessionRepository.SessionRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What a resident is told in their inbox about their bookings. */
@Component
class BookingNotices {

    static final String KIND = "services.booking";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private final ApplicationEventPublisher events;

    BookingNotices(ApplicationEventPublisher events) {
        this.events = events;
    }

    void movedUp(SessionRow session, BookingRow who) {
        String person = who.attendee().isEmpty() ? "您" : "您为" + who.attendee() + "预约的";
        events.publishEvent(new PersonalNotice(KIND + ":moved-up:" + who.id(), who.userId(), KIND,
                "候补转正：" + session.serviceName(),
                "有人取消了预约，" + person + "候补已转为正式预约。时间 " + WHEN.format(session.startsAt()) + "，地点 "
                        + session.centreName() + (session.roomName() == null ? "" : session.roomName()) + "。"));
    }

    /** The session ended before a seat came free: said once, so nobody waits on for a place that will not come. */
    void lapsed(SessionRow session, BookingRow who) {
        String person = who.attendee().isEmpty() ? "您" : "您为" + who.attendee() + "登记的";
        events.publishEvent(new PersonalNotice(KIND + ":lapsed:" + who.id(), who.userId(), KIND,
                "候补未轮到：" + session.serviceName(),
                WHEN.format(session.startsAt()) + " 的这一场已结束，" + person + "候补没有轮到空位。欢迎预约以后的场次。"));
    }
}
