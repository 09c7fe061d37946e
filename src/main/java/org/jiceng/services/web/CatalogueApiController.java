package org.jiceng.services.web;

import java.net.URI;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.services.internal.catalogue.Catalogue;
import org.jiceng.services.internal.catalogue.CatalogueReads;
import org.jiceng.services.internal.catalogue.ItemDetail;
import org.jiceng.services.internal.catalogue.ItemForm;
import org.jiceng.services.internal.catalogue.ItemView;
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

/**
 * The service-item catalogue (为民服务事项清单) and its 一件事 bundles: the items in force where the person lives,
 * searchable; for staff of a county or town, drafts, publishing and withdrawing, with every version kept.
 */
@RestController
@RequestMapping("/api/v1/services")
class CatalogueApiController {

    private final Catalogue catalogue;
    private final CatalogueReads reads;

    CatalogueApiController(Catalogue catalogue, CatalogueReads reads) {
        this.catalogue = catalogue;
        this.reads = reads;
    }

    /**
     * Items in force for the person ({@code q}: words of the name, category, office or materials); with
     * {@code managed=true} the newest version of every item of the staff member's territory, drafts included.
     */
    @Guard(resource = Resource.SERVICE_ITEM, action = Action.READ)
    @GetMapping("/items")
    Page<ItemView> list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                        @RequestParam(required = false) boolean managed,
                        @RequestParam(required = false) String territory,
                        @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                        CurrentUser user) {
        return reads.list(user, new CatalogueReads.Query(q, kind, managed, territory), after, limit);
    }

    @Guard(resource = Resource.SERVICE_ITEM, action = Action.READ)
    @GetMapping("/bundles")
    Page<ItemView> bundles(@RequestParam(required = false) String q, @RequestParam(required = false) boolean managed,
                           @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                           CurrentUser user) {
        return reads.list(user, new CatalogueReads.Query(q, "BUNDLE", managed, null), after, limit);
    }

    /** A new item or bundle ({@code kind: BUNDLE} with {@code members}), as draft version 1. */
    @Guard(resource = Resource.SERVICE_ITEM, action = Action.MANAGE)
    @PostMapping(path = "/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ItemDetail> create(@RequestBody ItemForm form, CurrentUser user) {
        ItemDetail item = catalogue.create(user, form);
        return ResponseEntity.created(URI.create("/api/v1/services/items/" + item.id())).body(item);
    }

    @Guard(resource = Resource.SERVICE_ITEM, action = Action.READ)
    @GetMapping("/items/{id}")
    ItemDetail one(@PathVariable long id, CurrentUser user) {
        return reads.detail(user, id);
    }

    /** Edits the draft (with its {@code revision}) or starts a new draft from the version in force. */
    @Guard(resource = Resource.SERVICE_ITEM, action = Action.MANAGE)
    @PutMapping(path = "/items/{id}/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
    ItemDetail draft(@PathVariable long id, @RequestBody ItemForm form, CurrentUser user) {
        return catalogue.editDraft(user, id, form);
    }

    @Guard(resource = Resource.SERVICE_ITEM, action = Action.MANAGE)
    @PostMapping("/items/{id}/publish")
    ItemDetail publish(@PathVariable long id, CurrentUser user) {
        return catalogue.publish(user, id);
    }

    @Guard(resource = Resource.SERVICE_ITEM, action = Action.MANAGE)
    @PostMapping("/items/{id}/withdraw")
    ItemDetail withdraw(@PathVariable long id, CurrentUser user) {
        return catalogue.withdraw(user, id);
    }
}
