package org.jiceng.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.function.Supplier;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.visits.internal.monitoring.MonitoringFigures;
import org.jiceng.visits.internal.monitoring.MonitoringService;
import org.jiceng.visits.internal.monitoring.MonitoringStatus;
import org.jiceng.visits.internal.monitoring.MonitoringSteps;
import org.jiceng.visits.internal.monitoring.MonitoringSummary;
import org.jiceng.visits.internal.monitoring.Yuan;
import org.jiceng.visits.web.MonitoringForms.ContactForm;
import org.jiceng.visits.web.MonitoringForms.FiguresForm;
import org.jiceng.visits.web.MonitoringForms.MeasureForm;
import org.jiceng.visits.web.MonitoringForms.RemovalForm;
import org.jiceng.visits.internal.monitoring.MonitoringRequests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 防返贫 monitoring pages: the list by status for village and town staff (and a contact's own households), a
 * household's page that asks why before it shows any figure, the entry form that keeps what was typed, and the
 * forms of the contact, measures and the removal decision. Figures are shown in yuan with two decimals.
 */
@Controller
class MonitoringPageController {

    private final MonitoringService reading;
    private final MonitoringSteps steps;
    private final Clock clock;

    MonitoringPageController(MonitoringService reading, MonitoringSteps steps, Clock clock) {
        this.reading = reading;
        this.steps = steps;
        this.clock = clock;
    }

    @Guard(resource = Resource.MONITORING, action = Action.READ)
    @GetMapping("/visits/monitoring")
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) Integer year,
                @RequestParam(required = false) String territory, @RequestParam(required = false) String after,
                CurrentUser user, Model model) {
        int y = year == null ? Beijing.today(clock).getYear() : year;
        Page<MonitoringSummary> page = reading.list(user, territory, status, y, after, 50);
        model.addAttribute("page", page);
        model.addAttribute("statuses", MonitoringStatus.values());
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("territory", territory == null ? "" : territory);
        model.addAttribute("year", y);
        model.addAttribute("thisYear", Beijing.today(clock).getYear());
        return "visits/monitoring/list";
    }

    /** The household's year: status and flags, and a prompt for the reason before any figure is shown. */
    @Guard(resource = Resource.MONITORING, action = Action.READ)
    @GetMapping("/visits/monitoring/{householdId}/{year}")
    String household(@PathVariable long householdId, @PathVariable int year, CurrentUser user, Model model) {
        model.addAttribute("s", reading.summary(user, householdId, year));
        return "visits/monitoring/household";
    }

    /** The figures, opened for the reason typed (posted, so the reason never rides in an address). */
    @Guard(resource = Resource.MONITORING, action = Action.READ)
    @PostMapping("/visits/monitoring/{householdId}/{year}/open")
    String open(@PathVariable long householdId, @PathVariable int year, @RequestParam(required = false) String reason,
                CurrentUser user, Model model, HttpServletResponse response) {
        try {
            MonitoringFigures figures = reading.figures(user, householdId, year, reason);
            return shown(figures, FiguresForm.of(figures), model);
        } catch (BadInputException refused) {
            response.setStatus(400);
            model.addAttribute("s", reading.summary(user, householdId, year));
            model.addAttribute("error", refused.getMessage());
            return "visits/monitoring/household";
        }
    }

    private String shown(MonitoringFigures figures, FiguresForm form, Model model) {
        model.addAttribute("s", figures.summary());
        model.addAttribute("f", figures);
        model.addAttribute("yuan", Yuan.SHOWN);
        model.addAttribute("form", form);
        model.addAttribute("contactForm", new ContactForm(null));
        model.addAttribute("measureForm", new MeasureForm(null, null));
        model.addAttribute("removalForm", new RemovalForm(null, null, null));
        return "visits/monitoring/household";
    }

    /** An empty entry form for a household's first figures of a year. */
    @Guard(resource = Resource.MONITORING, action = Action.CREATE)
    @GetMapping("/visits/monitoring/new")
    String entry(@RequestParam(required = false) Long householdId, @RequestParam(required = false) Integer year,
                 Model model) {
        model.addAttribute("householdId", householdId);
        model.addAttribute("year", year == null ? Beijing.today(clock).getYear() - 1 : year);
        model.addAttribute("form", FiguresForm.empty(null));
        return "visits/monitoring/entry";
    }

    @Guard(resource = Resource.MONITORING, action = Action.UPDATE)
    @PostMapping("/visits/monitoring/{householdId}/{year}")
    String save(@PathVariable long householdId, @PathVariable int year, @ModelAttribute("form") FiguresForm form,
                BindingResult result, CurrentUser user, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        try {
            MonitoringSummary saved = steps.saveFigures(user, householdId, year, form.request());
            redirect.addFlashAttribute("notice", "已保存收支情况：" + saved.statusLabel());
            return "redirect:/visits/monitoring/" + householdId + "/" + year;
        } catch (BadInputException | ConflictException refused) {
            response.setStatus(refused instanceof BadInputException ? 400 : 409);
            FormErrors.reject(result, refused);
            model.addAttribute("householdId", householdId);
            model.addAttribute("year", year);
            return "visits/monitoring/entry";
        }
    }

    @Guard(resource = Resource.MONITORING, action = Action.ACT)
    @PostMapping("/visits/monitoring/{householdId}/{year}/contact")
    String contact(@PathVariable long householdId, @PathVariable int year, @ModelAttribute ContactForm form,
                   CurrentUser user, RedirectAttributes redirect) {
        return step(householdId, year, redirect, "已指定帮扶联系人", () -> steps.assignContact(user, householdId, year,
                new MonitoringRequests.ContactInput(form.username(), null, null, null)));
    }

    @Guard(resource = Resource.MONITORING, action = Action.UPDATE)
    @PostMapping("/visits/monitoring/{householdId}/{year}/measures")
    String measure(@PathVariable long householdId, @PathVariable int year, @ModelAttribute MeasureForm form,
                   CurrentUser user, RedirectAttributes redirect) {
        return step(householdId, year, redirect, "已添加帮扶措施", () -> steps.addMeasure(user, householdId, year,
                new MonitoringRequests.MeasureInput(form.takenOn(), form.text())));
    }

    @Guard(resource = Resource.MONITORING, action = Action.ACT)
    @PostMapping("/visits/monitoring/{householdId}/{year}/removal")
    String removal(@PathVariable long householdId, @PathVariable int year, @ModelAttribute RemovalForm form,
                   CurrentUser user, RedirectAttributes redirect) {
        return step(householdId, year, redirect, "已记录风险消除决定，该户退出监测", () -> steps.remove(user, householdId,
                year, new MonitoringRequests.RemovalInput(form.decidedOn(), form.reason(), form.decidedBy())));
    }

    /** A step of the household's page; its refusal comes back at the top (what was typed there is short). */
    private static String step(long householdId, int year, RedirectAttributes redirect, String done,
                               Supplier<MonitoringSummary> action) {
        try {
            action.get();
            redirect.addFlashAttribute("notice", done);
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/visits/monitoring/" + householdId + "/" + year;
    }
}
