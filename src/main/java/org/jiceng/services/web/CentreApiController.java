package org.jiceng.services.web;

import java.net.URI;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Input;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.services.internal.booking.NearbyCentres;
import org.jiceng.services.internal.booking.SessionView;
import org.jiceng.services.internal.booking.CentreSessions;
import org.jiceng.services.internal.centre.CentreView;
import org.jiceng.services.internal.centre.Centres;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service centres (public to every account), written by the committees of their place; their sessions; and the
 * centres within 15 minutes' walk of a household or a point.
 */
@RestController
class CentreApiController {

    record Created(long id) {
    }

    private final Centres centres;
    private final CentreSessions sessions;
    private final NearbyCentres nearby;
    private final java.time.Clock clock;

    CentreApiController(Centres centres, CentreSessions sessions, NearbyCentres nearby, java.time.Clock clock) {
        this.centres = centres;
        this.sessions = sessions;
        this.nearby = nearby;
        this.clock = clock;
    }

    @Guard(resource = Resource.SERVICE_CENTRE, action = Action.READ)
    @GetMapping("/api/v1/services/centres")
    Page<CentreView> list(@RequestParam(required = false) String territory,
                          @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit) {
        return centres.list(territory, after, Page.limit(limit));
    }

    @Guard(resource = Resource.SERVICE_CENTRE, action = Action.MANAGE)
    @PostMapping("/api/v1/services/centres")
    ResponseEntity<Created> create(@RequestBody(required = false) CentreView.Request request, CurrentUser user) {
        long id = centres.create(request, user);
        return ResponseEntity.created(URI.create("/api/v1/services/centres/" + id)).body(new Created(id));
    }

    /** 我家附近15分钟服务圈: by household (the resident's own, or one the staff member may read), or by a point. */
    @Guard(resource = Resource.SERVICE_CENTRE, action = Action.READ)
    @GetMapping("/api/v1/services/centres/nearby")
    NearbyCentres.Answer nearby(@RequestParam(required = false) Long household,
                                @RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon,
                                CurrentUser user) {
        return household != null ? nearby.ofHousehold(household, user) : nearby.ofPoint(lat, lon);
    }

    @Guard(resource = Resource.SERVICE_CENTRE, action = Action.READ)
    @GetMapping("/api/v1/services/centres/{id}")
    CentreView get(@PathVariable long id) {
        return centres.get(id);
    }

    @Guard(resource = Resource.SERVICE_CENTRE, action = Action.MANAGE)
    @PutMapping("/api/v1/services/centres/{id}")
    CentreView update(@PathVariable long id, @RequestBody(required = false) CentreView.Request request,
                      CurrentUser user) {
        return centres.update(id, request, user);
    }

    /** The sessions of a centre from {@code from} (today when absent) for {@code days} days (14 when absent). */
    @Guard(resource = Resource.SERVICE_CENTRE, action = Action.READ)
    @GetMapping("/api/v1/services/centres/{id}/sessions")
    Page<SessionView> sessions(@PathVariable long id, @RequestParam(required = false) String from,
                               @RequestParam(required = false) Integer days) {
        return new Page<>(sessions.ofCentre(id, Input.date(from, "from", "起始日期", Beijing.today(clock)),
                days == null ? 14 : days), null);
    }

    /** One session, or the same weekday and hours for {@code weeks} weeks; answers the sessions made. */
    @Guard(resource = Resource.SERVICE_CENTRE, action = Action.MANAGE)
    @PostMapping("/api/v1/services/centres/{id}/sessions")
    ResponseEntity<Page<SessionView>> createSessions(@PathVariable long id,
                                                     @RequestBody(required = false) CentreSessions.Request request,
                                                     CurrentUser user) {
        List<SessionView> made = sessions.create(id, request, user);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Page<>(made, null));
    }
}
