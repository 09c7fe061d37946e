package org.jiceng.party.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.net.URI;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.party.internal.DualRegistrations;
import org.jiceng.party.internal.PartyAccess;
import org.jiceng.party.web.PartyJson.Created;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 双报到: registrations of in-service units and members with a community, and the service they record. */
@RestController
@RequestMapping("/api/v1/party/dual-registrations")
class DualRegistrationApiController {

    private final DualRegistrations registrations;

    DualRegistrationApiController(DualRegistrations registrations) {
        this.registrations = registrations;
    }

    /** Registrations with communities under {@code territory}, with the service recorded so far. */
    @Guard(resource = Resource.DUAL_REGISTRATION, action = Action.READ)
    @GetMapping
    Page<DualRegistrations.Registration> registrations(@RequestParam(required = false) String territory,
                                                       @RequestParam(required = false) String after,
                                                       @RequestParam(required = false) Integer limit,
                                                       CurrentUser user) {
        return registrations.within(PartyJson.narrowed(PartyAccess.registrations(user), territory), after,
                Page.limit(limit));
    }

    @Guard(resource = Resource.DUAL_REGISTRATION, action = Action.READ)
    @GetMapping("/{id}")
    DualRegistrations.Registration registration(@PathVariable long id, CurrentUser user) {
        return registrations.find(id, PartyAccess.registrations(user))
                .orElseThrow(() -> new NotFoundException("报到记录 " + id + " 不存在或不在您的辖区内"));
    }

    @Guard(resource = Resource.DUAL_REGISTRATION, action = Action.CREATE)
    @PostMapping
    ResponseEntity<Created> register(@RequestBody DualRegistrations.Request request, CurrentUser user) {
        long id = registrations.register(request, user);
        return ResponseEntity.created(URI.create("/api/v1/party/dual-registrations/" + id)).body(new Created(id));
    }

    @Guard(resource = Resource.DUAL_REGISTRATION, action = Action.ACT)
    @PostMapping("/{id}/services")
    ResponseEntity<Created> recordService(@PathVariable long id, @RequestBody DualRegistrations.ServiceRequest request,
                                          CurrentUser user) {
        long recorded = registrations.recordService(id, request, user);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(recorded));
    }
}
