package org.jiceng.deliberation.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.net.URI;
import org.jiceng.CurrentUser;
import org.jiceng.Page;
import org.jiceng.deliberation.EstateView;
import org.jiceng.deliberation.internal.EstateService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Estates' owners' rolls under {@code /api/v1/estates}. */
@RestController
@RequestMapping("/api/v1/estates")
class EstateApiController {

    private final EstateService estates;

    EstateApiController(EstateService estates) {
        this.estates = estates;
    }

    record Created(long id) {
    }

    @Guard(resource = Resource.ESTATE, action = Action.CREATE)
    @PostMapping
    ResponseEntity<Created> create(@RequestBody EstateService.NewEstate estate, CurrentUser user) {
        long id = estates.create(user, estate);
        return ResponseEntity.created(URI.create("/api/v1/estates/" + id)).body(new Created(id));
    }

    @Guard(resource = Resource.ESTATE, action = Action.READ)
    @GetMapping
    Page<EstateView> list(CurrentUser user) {
        return new Page<>(estates.list(user), null);
    }

    @Guard(resource = Resource.ESTATE, action = Action.READ)
    @GetMapping("/{id}")
    EstateView one(@PathVariable long id, CurrentUser user) {
        return estates.view(user, id);
    }
}
