package org.jiceng.cases.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import org.jiceng.CurrentUser;
import org.jiceng.Page;
import org.jiceng.cases.internal.Open311Clients;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** County administrators issue Open311 API keys (shown once), list the clients and revoke them. */
@RestController
@RequestMapping("/api/v1/open311/clients")
class Open311ClientApiController {

    private final Open311Clients clients;

    Open311ClientApiController(Open311Clients clients) {
        this.clients = clients;
    }

    record NewClient(String name, String territoryCode) {
    }

    @Guard(resource = Resource.OPEN311_CLIENT, action = Action.MANAGE)
    @PostMapping
    ResponseEntity<Open311Clients.Issued> issue(@RequestBody NewClient client, CurrentUser user) {
        return ResponseEntity.status(201).body(clients.issue(user, client.name(), client.territoryCode()));
    }

    @Guard(resource = Resource.OPEN311_CLIENT, action = Action.MANAGE)
    @GetMapping
    Page<Open311Clients.Client> list(CurrentUser user) {
        return new Page<>(clients.list(user), null);
    }

    @Guard(resource = Resource.OPEN311_CLIENT, action = Action.MANAGE)
    @PostMapping("/{id}/revoke")
    Open311Clients.Client revoke(@PathVariable long id, CurrentUser user) {
        return clients.revoke(user, id);
    }
}
