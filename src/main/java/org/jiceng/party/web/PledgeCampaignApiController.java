package org.jiceng.party.web;

import java.net.URI;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.party.internal.duty.CampaignView;
import org.jiceng.party.internal.duty.Campaigns;
import org.jiceng.party.internal.duty.DutyAccess;
import org.jiceng.party.web.PartyJson.Created;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Campaigns of "我是党员我先签": a community starts one, its members sign first. */
@RestController
@RequestMapping("/api/v1/party/campaigns")
class PledgeCampaignApiController {

    private final Campaigns campaigns;

    PledgeCampaignApiController(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Guard(resource = Resource.PLEDGE, action = Action.READ)
    @GetMapping
    Page<CampaignView> list(@RequestParam(required = false) String territory,
                            @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                            CurrentUser user) {
        var scope = PartyJson.narrowed(DutyAccess.where(user, Resource.PLEDGE, Action.READ), territory);
        return campaigns.list(scope, after, Page.limit(limit));
    }

    @Guard(resource = Resource.PLEDGE, action = Action.CREATE)
    @PostMapping
    ResponseEntity<Created> start(@RequestBody Campaigns.Request request, CurrentUser user) {
        long id = campaigns.start(request, user);
        return ResponseEntity.created(URI.create("/api/v1/party/campaigns/" + id)).body(new Created(id));
    }

    @Guard(resource = Resource.PLEDGE, action = Action.READ)
    @GetMapping("/{id}")
    CampaignView find(@PathVariable long id, CurrentUser user) {
        return campaigns.find(id, user);
    }

    @Guard(resource = Resource.PLEDGE, action = Action.CREATE)
    @PostMapping("/{id}/signatures")
    CampaignView sign(@PathVariable long id, @RequestBody(required = false) Campaigns.Signing signing,
                      CurrentUser user) {
        return campaigns.sign(id, signing, user);
    }
}
