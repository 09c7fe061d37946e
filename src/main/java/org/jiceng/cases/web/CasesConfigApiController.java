package org.jiceng.cases.web;

import org.jiceng.Beijing;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Page;
import org.jiceng.cases.CategoryView;
import org.jiceng.cases.WorkingCalendar;
import org.jiceng.cases.internal.CalendarService;
import org.jiceng.cases.internal.CategoryService;
import org.jiceng.cases.internal.RoutingService;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Categories and the working-day calendar: the configuration the case loop runs on. */
@RestController
@RequestMapping("/api/v1")
class CasesConfigApiController {

    private final CategoryService categories;
    private final CalendarService calendar;
    private final RoutingService routing;

    CasesConfigApiController(CategoryService categories, CalendarService calendar, RoutingService routing) {
        this.categories = categories;
        this.calendar = calendar;
        this.routing = routing;
    }

    record NewRule(String categoryPrefix, String territoryPrefix, String level, Long unitId, String note) {
    }

    /** Routing rules (category × territory prefix → level, unit) in the user's scope. */
    @Guard(resource = Resource.CASE_CONFIG, action = Action.READ)
    @GetMapping("/routing-rules")
    Page<RoutingService.Rule> rules(CurrentUser user) {
        return new Page<>(routing.rules(user), null);
    }

    @Guard(resource = Resource.CASE_CONFIG, action = Action.UPDATE)
    @PostMapping("/routing-rules")
    org.springframework.http.ResponseEntity<RoutingService.Rule> addRule(@RequestBody NewRule rule, CurrentUser user) {
        return org.springframework.http.ResponseEntity.status(201)
                .body(routing.add(user, rule.categoryPrefix(), rule.territoryPrefix(), rule.level(), rule.unitId(), rule.note()));
    }

    @Guard(resource = Resource.CASE_CONFIG, action = Action.UPDATE)
    @DeleteMapping("/routing-rules/{id}")
    org.springframework.http.ResponseEntity<Void> removeRule(@PathVariable long id, CurrentUser user) {
        routing.remove(user, id);
        return org.springframework.http.ResponseEntity.noContent().build();
    }

    record DueAnswer(OffsetDateTime dueAt, boolean provisional) {
    }

    record CalendarAnswer(List<Integer> years, String warning) {
    }

    @Guard(resource = Resource.CASE_CONFIG, action = Action.READ)
    @GetMapping("/categories")
    Page<CategoryView> categories(CurrentUser user) {
        return new Page<>(categories.all(), null);
    }

    @Guard(resource = Resource.CASE_CONFIG, action = Action.UPDATE)
    @PutMapping("/categories/{code}")
    CategoryView change(@PathVariable String code, @RequestBody CategoryService.Change change, CurrentUser user) {
        return categories.change(user, code, change);
    }

    @Guard(resource = Resource.CASE_CONFIG, action = Action.READ)
    @GetMapping("/calendar/due")
    DueAnswer due(@RequestParam String from, @RequestParam int workingDays, CurrentUser user) {
        OffsetDateTime start;
        try {
            start = org.jiceng.Ranges.checked("from", OffsetDateTime.parse(from));
        } catch (DateTimeParseException e) {
            throw new BadInputException("from 须为带时区的 ISO-8601 时间，如 2026-02-13T10:00:00+08:00");
        }
        WorkingCalendar.Due due = calendar.due(start.toInstant(), workingDays);
        return new DueAnswer(due.at().atZone(Beijing.ZONE).toOffsetDateTime(), due.provisional());
    }

    @Guard(resource = Resource.CASE_CONFIG, action = Action.READ)
    @GetMapping("/calendar")
    CalendarAnswer years(CurrentUser user) {
        return new CalendarAnswer(List.copyOf(calendar.calendar().years()), calendar.warning().orElse(null));
    }

    @Guard(resource = Resource.CASE_CONFIG, action = Action.IMPORT)
    @PostMapping(path = "/calendar/years", consumes = {"text/csv", "text/plain"})
    CalendarAnswer load(@RequestBody String csv, CurrentUser user) {
        calendar.load(user, csv);
        return years(user);
    }
}
