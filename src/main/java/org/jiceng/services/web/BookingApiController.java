package org.jiceng.services.web;

import java.net.URI;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.services.internal.booking.BookingView;
import org.jiceng.services.internal.booking.Bookings;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bookings of a centre's sessions: a resident books (201; status BOOKED for a seat, WAITING for a place on the
 * waiting list, 409 when both are full) and cancels until the session starts; the desk reads a session's list and
 * checks people in from 30 minutes before the start to 30 minutes after the end.
 */
@RestController
class BookingApiController {

    private final Bookings bookings;

    BookingApiController(Bookings bookings) {
        this.bookings = bookings;
    }

    /** The signed-in person's own bookings, or with {@code session} that session's seats and waiting list (desk). */
    @Guard(resource = Resource.BOOKING, action = Action.READ)
    @GetMapping("/api/v1/services/bookings")
    Page<BookingView> list(@RequestParam(required = false) Long session, @RequestParam(required = false) String after,
                           @RequestParam(required = false) Integer limit, CurrentUser user) {
        if (session != null) {
            // one page: a session's list is bounded by its capacity and waiting list
            return new Page<>(bookings.ofSession(session, user), null);
        }
        return bookings.mine(user, after, Page.limit(limit));
    }

    @Guard(resource = Resource.BOOKING, action = Action.CREATE)
    @PostMapping("/api/v1/services/bookings")
    ResponseEntity<BookingView> book(@RequestBody(required = false) Bookings.Request request, CurrentUser user) {
        BookingView booking = bookings.book(request, user);
        return ResponseEntity.created(URI.create("/api/v1/services/bookings/" + booking.id())).body(booking);
    }

    @Guard(resource = Resource.BOOKING, action = Action.READ)
    @GetMapping("/api/v1/services/bookings/{id}")
    BookingView get(@PathVariable long id, CurrentUser user) {
        return bookings.get(id, user);
    }

    @Guard(resource = Resource.BOOKING, action = Action.ACT)
    @PostMapping("/api/v1/services/bookings/{id}/cancel")
    BookingView cancel(@PathVariable long id, CurrentUser user) {
        return bookings.cancel(id, user);
    }

    @Guard(resource = Resource.BOOKING, action = Action.ACT)
    @PostMapping("/api/v1/services/bookings/{id}/check-in")
    BookingView checkIn(@PathVariable long id, CurrentUser user) {
        return bookings.checkIn(id, user);
    }
}
