package org.jiceng.services.web;

import java.util.List;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Guard;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.services.internal.booking.BookingView;
import org.jiceng.services.internal.booking.Bookings;
import org.jiceng.services.internal.booking.SessionView;
import org.jiceng.services.internal.booking.CentreSessions;
import org.jiceng.services.internal.centre.Centres;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Booking pages: a session's page (the resident books or cancels; the desk sees the seats and the waiting list and
 * checks people in) and the resident's own bookings.
 */
@Controller
class BookingPageController {

    private final CentreSessions sessions;
    private final Bookings bookings;
    private final Centres centres;

    BookingPageController(CentreSessions sessions, Bookings bookings, Centres centres) {
        this.sessions = sessions;
        this.bookings = bookings;
        this.centres = centres;
    }

    @Guard(resource = Resource.SERVICE_CENTRE, action = Action.READ)
    @GetMapping("/services/sessions/{id}")
    String session(@PathVariable long id, CurrentUser user, Model model) {
        SessionView session = sessions.get(id);
        model.addAttribute("slot", session);
        List<BookingView> mine = bookings.mine(user, null, 500).items().stream()
                .filter(b -> b.sessionId() == id && (b.status().equals("BOOKED") || b.status().equals("WAITING")
                        || b.status().equals("ATTENDED"))).toList();
        model.addAttribute("mine", mine);
        List<BookingView> list = List.of();
        boolean readsList = true;
        try {
            list = bookings.ofSession(id, user);
        } catch (ForbiddenException notTheDesk) {
            readsList = false;
        }
        model.addAttribute("bookings", list);
        // the desk sees the list even while nobody has booked; oversight reads it without the check-in buttons
        model.addAttribute("readsList", readsList);
        model.addAttribute("isDesk", readsList && bookings.isDesk(user, centres.row(session.centreId()).territoryCode()));
        model.addAttribute("mayBook", org.jiceng.AccessPolicy.mayAtAll(user, Resource.BOOKING, Action.CREATE));
        return "services/centre/session";
    }

    @Guard(resource = Resource.BOOKING, action = Action.CREATE)
    @PostMapping("/services/sessions/{id}/book")
    String book(@PathVariable long id, @RequestParam(required = false) String attendee, CurrentUser user,
                RedirectAttributes redirect) {
        try {
            BookingView b = bookings.book(new Bookings.Request(id, attendee), user);
            redirect.addFlashAttribute("notice", b.status().equals("WAITING")
                    ? "名额已满，" + b.who() + "在候补名单第 " + b.waitingPosition() + " 位，有人取消时将自动转正并通知您"
                    : b.who() + "预约成功");
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
            redirect.addFlashAttribute("attendee", attendee);
        }
        return "redirect:/services/sessions/" + id;
    }

    @Guard(resource = Resource.BOOKING, action = Action.READ)
    @GetMapping("/services/bookings")
    String mine(CurrentUser user, Model model) {
        model.addAttribute("bookings", bookings.mine(user, null, 100).items());
        return "services/centre/bookings";
    }

    @Guard(resource = Resource.BOOKING, action = Action.ACT)
    @PostMapping("/services/bookings/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String back, CurrentUser user,
                  RedirectAttributes redirect) {
        long session = 0;
        try {
            session = bookings.cancel(id, user).sessionId();
            redirect.addFlashAttribute("notice", "已取消预约");
        } catch (BadInputException | ConflictException | NotFoundException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "session".equals(back) && session > 0 ? "redirect:/services/sessions/" + session
                : "redirect:/services/bookings";
    }

    @Guard(resource = Resource.BOOKING, action = Action.ACT)
    @PostMapping("/services/bookings/{id}/check-in")
    String checkIn(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        BookingView booking = bookings.get(id, user);
        try {
            bookings.checkIn(id, user);
            redirect.addFlashAttribute("notice", booking.who() + " 已签到");
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/services/sessions/" + booking.sessionId();
    }
}
