package org.jiceng.cases.web;

import java.net.URI;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.cases.internal.BulkAccept;
import org.jiceng.cases.internal.SavedFilters;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The desk's actions for API clients: {@code POST /api/v1/cases/bulk/accept} accepts several cases, each on its
 * own, answering every case's outcome; {@code /api/v1/cases/filters} are the caller's own saved searches.
 */
@RestController
class DeskActionsApiController {

    private final BulkAccept bulk;
    private final SavedFilters saved;

    DeskActionsApiController(BulkAccept bulk, SavedFilters saved) {
        this.bulk = bulk;
        this.saved = saved;
    }

    /** {@code ids}: case ids or visible numbers; {@code note}: the accept's note (default 批量受理). */
    record BulkAcceptRequest(List<String> ids, String note) {
    }

    record BulkAcceptResult(List<BulkAccept.Outcome> accepted, List<BulkAccept.Outcome> refused) {
    }

    @Guard(resource = Resource.CASE, action = Action.ACT)
    @PostMapping("/api/v1/cases/bulk/accept")
    BulkAcceptResult accept(@RequestBody(required = false) BulkAcceptRequest request, CurrentUser user) {
        List<BulkAccept.Outcome> outcomes = bulk.accept(user, request == null ? null : request.ids(),
                request == null ? null : request.note());
        return new BulkAcceptResult(outcomes.stream().filter(BulkAccept.Outcome::accepted).toList(),
                outcomes.stream().filter(o -> !o.accepted()).toList());
    }

    @Guard(resource = Resource.CASE, action = Action.READ)
    @GetMapping("/api/v1/cases/filters")
    Page<SavedFilters.Saved> filters(CurrentUser user) {
        return new Page<>(saved.of(user), null);
    }

    /** {@code query}: the desk's query string; only its filter parameters are kept. */
    record NewFilter(String name, String query) {
    }

    @Guard(resource = Resource.CASE, action = Action.READ)
    @PostMapping("/api/v1/cases/filters")
    ResponseEntity<SavedFilters.Saved> save(@RequestBody(required = false) NewFilter filter, CurrentUser user) {
        SavedFilters.Saved kept = saved.save(user, filter == null ? null : filter.name(), filter == null ? null : filter.query());
        return ResponseEntity.created(URI.create("/api/v1/cases/filters/" + kept.id())).body(kept);
    }

    @Guard(resource = Resource.CASE, action = Action.READ)
    @DeleteMapping("/api/v1/cases/filters/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, CurrentUser user) {
        saved.delete(user, id);
        return ResponseEntity.noContent().build();
    }
}
