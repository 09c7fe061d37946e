package org.jiceng.party.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Input;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.party.NeedStatus;
import org.jiceng.party.NeedView;
import org.jiceng.party.internal.cobuilding.CoBuildingAccess;
import org.jiceng.party.internal.cobuilding.Needs;
import org.jiceng.party.internal.cobuilding.Offers;
import org.jiceng.party.internal.cobuilding.Projects;
import org.jiceng.party.internal.cobuilding.ServiceHours;
import org.jiceng.party.web.PartyJson.Created;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 双报到 that meets needs: a community's needs (需求清单), what registered units and members offer (资源清单), the
 * projects matched from them (项目清单) and the service hours reported on a project and confirmed by the community.
 */
@RestController
@RequestMapping("/api/v1/party")
class CoBuildingApiController {

    private final Needs needs;
    private final Projects projects;
    private final Offers offers;
    private final ServiceHours hours;

    CoBuildingApiController(Needs needs, Projects projects, Offers offers, ServiceHours hours) {
        this.needs = needs;
        this.projects = projects;
        this.offers = offers;
        this.hours = hours;
    }

    record Need(long id, String communityCode, String title, String description, String kind, String kindName,
                LocalDate wantedBy, String status, String statusName, String claimedBy, String claimNote, int version) {
        static Need of(NeedView n) {
            return new Need(n.id(), n.communityCode(), n.title(), n.description(), n.kind().name(), n.kind().label(),
                    n.wantedBy(), n.status().name(), n.status().label(), n.claimedBy(), n.claimNote(), n.version());
        }
    }

    record Reason(String reason) {
    }

    @Guard(resource = Resource.CO_BUILDING, action = Action.READ)
    @GetMapping("/needs")
    Page<Need> needs(@RequestParam(required = false) String territory, @RequestParam(required = false) String status,
                     @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                     CurrentUser user) {
        NeedStatus wanted = Input.optionalOneOf(NeedStatus.class, status, "status", "需求状态", NeedStatus::label);
        Page<NeedView> page = needs.within(PartyJson.narrowed(CoBuildingAccess.readable(user), territory), wanted, after,
                Page.limit(limit));
        return new Page<>(page.items().stream().map(Need::of).toList(), page.next());
    }

    @Guard(resource = Resource.CO_BUILDING, action = Action.READ)
    @GetMapping("/needs/{id}")
    Need need(@PathVariable long id, CurrentUser user) {
        return Need.of(needs.find(id, user));
    }

    @Guard(resource = Resource.CO_BUILDING, action = Action.CREATE)
    @PostMapping("/needs")
    ResponseEntity<Created> publish(@RequestBody Needs.NeedRequest request, CurrentUser user) {
        long id = needs.publish(request, user);
        return ResponseEntity.created(URI.create("/api/v1/party/needs/" + id)).body(new Created(id));
    }

    /** The community marks a need fulfilled or closes it. */
    @Guard(resource = Resource.CO_BUILDING, action = Action.UPDATE)
    @PostMapping("/needs/{id}/status")
    Need change(@PathVariable long id, @RequestBody Needs.NeedChange change, CurrentUser user) {
        return Need.of(needs.change(id, change, user));
    }

    @Guard(resource = Resource.CO_BUILDING, action = Action.READ)
    @GetMapping("/resources")
    Page<Offers.OfferView> offers(@RequestParam(required = false) String territory,
                                    @RequestParam(required = false) String after,
                                    @RequestParam(required = false) Integer limit, CurrentUser user) {
        return offers.offers(PartyJson.narrowed(CoBuildingAccess.readable(user), territory), after, Page.limit(limit));
    }

    @Guard(resource = Resource.CO_BUILDING, action = Action.READ)
    @GetMapping("/resources/{id}")
    Offers.OfferView offer(@PathVariable long id, CurrentUser user) {
        return offers.offer(id, user);
    }

    @Guard(resource = Resource.CO_BUILDING, action = Action.CREATE)
    @PostMapping("/resources")
    ResponseEntity<Created> offer(@RequestBody Offers.OfferRequest request, CurrentUser user) {
        long id = offers.offer(request, user);
        return ResponseEntity.created(URI.create("/api/v1/party/resources/" + id)).body(new Created(id));
    }

    @Guard(resource = Resource.CO_BUILDING, action = Action.READ)
    @GetMapping("/projects")
    Page<Projects.ProjectView> projects(@RequestParam(required = false) String territory,
                                        @RequestParam(required = false) String after,
                                        @RequestParam(required = false) Integer limit, CurrentUser user) {
        return projects.projects(PartyJson.narrowed(CoBuildingAccess.readable(user), territory), after, Page.limit(limit));
    }

    @Guard(resource = Resource.CO_BUILDING, action = Action.READ)
    @GetMapping("/projects/{id}")
    Projects.ProjectView project(@PathVariable long id, CurrentUser user) {
        return projects.project(id, user);
    }

    /** The town or the party administrator matches needs and offers into a project. */
    @Guard(resource = Resource.CO_BUILDING, action = Action.ACT)
    @PostMapping("/projects")
    ResponseEntity<Created> match(@RequestBody Projects.ProjectRequest request, CurrentUser user) {
        long id = projects.project(request, user);
        return ResponseEntity.created(URI.create("/api/v1/party/projects/" + id)).body(new Created(id));
    }

    @Guard(resource = Resource.CO_BUILDING, action = Action.ACT)
    @PostMapping("/projects/{id}/finish")
    Projects.ProjectView finish(@PathVariable long id, CurrentUser user) {
        return projects.finish(id, user);
    }

    @Guard(resource = Resource.SERVICE_HOURS, action = Action.READ)
    @GetMapping("/projects/{id}/hours")
    List<ServiceHours.HoursView> hours(@PathVariable long id, CurrentUser user) {
        return hours.ofProject(id, user);
    }

    @Guard(resource = Resource.SERVICE_HOURS, action = Action.CREATE)
    @PostMapping("/projects/{id}/hours")
    ResponseEntity<Created> report(@PathVariable long id, @RequestBody ServiceHours.HoursRequest request,
                                   CurrentUser user) {
        long reported = hours.report(id, request, user);
        return ResponseEntity.created(URI.create("/api/v1/party/projects/" + id + "/hours")).body(new Created(reported));
    }

    /** Hours waiting for the community's confirmation where the user confirms them. */
    @Guard(resource = Resource.SERVICE_HOURS, action = Action.ACT)
    @GetMapping("/hours")
    List<ServiceHours.HoursView> waiting(CurrentUser user) {
        return hours.waiting(user);
    }

    @Guard(resource = Resource.SERVICE_HOURS, action = Action.ACT)
    @PostMapping("/hours/{id}/confirm")
    ServiceHours.HoursView confirm(@PathVariable long id, CurrentUser user) {
        return hours.confirm(id, user);
    }

    @Guard(resource = Resource.SERVICE_HOURS, action = Action.ACT)
    @PostMapping("/hours/{id}/return")
    ServiceHours.HoursView giveBack(@PathVariable long id, @RequestBody Reason reason, CurrentUser user) {
        return hours.giveBack(id, reason == null ? null : reason.reason(), user);
    }
}
