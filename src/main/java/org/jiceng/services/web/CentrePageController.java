package org.jiceng.services.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.services.internal.booking.Bookings;
import org.jiceng.services.internal.booking.NearbyCentres;
import org.jiceng.services.internal.booking.SessionView;
import org.jiceng.services.internal.booking.CentreSessions;
import org.jiceng.services.internal.centre.CentreView;
import org.jiceng.services.internal.centre.Centres;
import org.jiceng.services.internal.centre.WalkingDistance;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The centres' pages: the list with 我家附近15分钟服务圈 for a resident (or a household staff pick), the map with a
 * 1,000 m circle around each centre, and a centre's page with its hours, services and the sessions of the coming
 * two weeks to book.
 */
@Controller
class CentrePageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Centres centres;
    private final CentreSessions sessions;
    private final NearbyCentres nearby;
    private final Bookings bookings;
    private final Clock clock;

    CentrePageController(Centres centres, CentreSessions sessions, NearbyCentres nearby, Bookings bookings, Clock clock) {
        this.centres = centres;
        this.sessions = sessions;
        this.nearby = nearby;
        this.bookings = bookings;
        this.clock = clock;
    }

    @Guard(resource = Resource.SERVICE_CENTRE, action = Action.READ)
    @GetMapping("/services/centres")
    String list(@RequestParam(required = false) Long household, CurrentUser user, Model model) {
        model.addAttribute("centres", centres.list(null, null, 200).items());
        addNearby(household, user, model);
        return "services/centre/list";
    }

    @Guard(resource = Resource.SERVICE_CENTRE, action = Action.READ)
    @GetMapping("/services/centres/map")
    String map(@RequestParam(required = false) Long household, CurrentUser user, Model model) {
        List<CentreView> all = centres.list(null, null, 500).items();
        model.addAttribute("centres", all);
        NearbyCentres.Answer answer = addNearby(household, user, model);
        List<Map<String, Object>> points = all.stream().map(c -> Map.<String, Object>of("id", c.id(), "name", c.name(),
                "kind", c.kindName(), "lat", c.lat(), "lon", c.lon(),
                "offers", c.services().stream().map(CentreView.Service::name).collect(Collectors.joining("、"))))
                .toList();
        Map<String, Object> data = answer == null ? Map.of("centres", points, "radius",
                WalkingDistance.FIFTEEN_MINUTES_METRES) : Map.of("centres", points, "radius",
                WalkingDistance.FIFTEEN_MINUTES_METRES, "home", Map.of("lat", answer.lat(), "lon", answer.lon()));
        model.addAttribute("mapData", JSON.writeValueAsString(data));
        return "services/centre/map";
    }

    @Guard(resource = Resource.SERVICE_CENTRE, action = Action.READ)
    @GetMapping("/services/centres/{id}")
    String centre(@PathVariable long id, CurrentUser user, Model model) {
        CentreView centre = centres.get(id);
        model.addAttribute("centre", centre);
        List<SessionView> coming = sessions.ofCentre(id, Beijing.today(clock), 14).stream()
                .filter(s -> s.endsAt().toInstant().isAfter(clock.instant())).toList();
        model.addAttribute("sessions", coming);
        model.addAttribute("mayBook", org.jiceng.AccessPolicy.mayAtAll(user, Resource.BOOKING, Action.CREATE));
        model.addAttribute("isDesk", bookings.isDesk(user, centre.territoryCode()));
        model.addAttribute("mayManage", centres.mayManage(user, centre.territoryCode()));
        return "services/centre/centre";
    }

    /** The household asked for, or the resident's own; null (with a note) when there is none to show. */
    private NearbyCentres.Answer addNearby(Long household, CurrentUser user, Model model) {
        Long asked = household != null ? household : nearby.ownHousehold(user);
        model.addAttribute("household", asked);
        model.addAttribute("pickHousehold", !org.jiceng.AccessPolicy.scope(user, Resource.HOUSEHOLD, Action.READ).isEmpty());
        if (asked == null) {
            return null;
        }
        try {
            NearbyCentres.Answer answer = nearby.ofHousehold(asked, user);
            model.addAttribute("nearby", answer);
            return answer;
        } catch (NotFoundException | ConflictException | BadInputException refused) {
            model.addAttribute("nearbyError", refused.getMessage());
            return null;
        }
    }
}
