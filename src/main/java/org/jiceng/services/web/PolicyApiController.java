package org.jiceng.services.web;

import java.net.URI;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.services.internal.policy.PolicySheets;
import org.jiceng.services.internal.policy.SheetDetail;
import org.jiceng.services.internal.policy.SheetForm;
import org.jiceng.services.internal.policy.SheetView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 政策一页通: policy sheets in force where the person lives; drafts, publishing and the version history for staff. */
@RestController
@RequestMapping("/api/v1/services/policies")
class PolicyApiController {

    private final PolicySheets sheets;

    PolicyApiController(PolicySheets sheets) {
        this.sheets = sheets;
    }

    @Guard(resource = Resource.POLICY_SHEET, action = Action.READ)
    @GetMapping
    Page<SheetView> list(@RequestParam(required = false) String topic, @RequestParam(required = false) boolean managed,
                         @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                         CurrentUser user) {
        return sheets.list(user, managed, topic, after, limit);
    }

    @Guard(resource = Resource.POLICY_SHEET, action = Action.MANAGE)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SheetDetail> create(@RequestBody SheetForm form, CurrentUser user) {
        SheetDetail sheet = sheets.create(user, form);
        return ResponseEntity.created(URI.create("/api/v1/services/policies/" + sheet.id())).body(sheet);
    }

    @Guard(resource = Resource.POLICY_SHEET, action = Action.READ)
    @GetMapping("/{id}")
    SheetDetail one(@PathVariable long id, CurrentUser user) {
        return sheets.detail(user, id);
    }

    @Guard(resource = Resource.POLICY_SHEET, action = Action.MANAGE)
    @PutMapping(path = "/{id}/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
    SheetDetail draft(@PathVariable long id, @RequestBody SheetForm form, CurrentUser user) {
        return sheets.editDraft(user, id, form);
    }

    @Guard(resource = Resource.POLICY_SHEET, action = Action.MANAGE)
    @PostMapping("/{id}/publish")
    SheetDetail publish(@PathVariable long id, CurrentUser user) {
        return sheets.publish(user, id);
    }

    @Guard(resource = Resource.POLICY_SHEET, action = Action.MANAGE)
    @PostMapping("/{id}/withdraw")
    SheetDetail withdraw(@PathVariable long id, CurrentUser user) {
        return sheets.withdraw(user, id);
    }
}
