package org.jiceng.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.visits.internal.monitoring.MonitoringLines;
import org.jiceng.visits.internal.monitoring.MonitoringRequests;
import org.jiceng.visits.internal.monitoring.Yuan;
import org.jiceng.visits.web.MonitoringForms.LineForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The county administrator's page of the monitoring line (监测线) and flag shares, per year. */
@Controller
class MonitoringLinePageController {

    private final MonitoringLines lines;
    private final Clock clock;

    MonitoringLinePageController(MonitoringLines lines, Clock clock) {
        this.lines = lines;
        this.clock = clock;
    }

    @Guard(resource = Resource.MONITORING, action = Action.MANAGE)
    @GetMapping("/visits/monitoring/line")
    String line(@RequestParam(required = false) Integer year, CurrentUser user, Model model) {
        MonitoringLines.Line line = lines.read(user, null, year);
        model.addAttribute("line", line);
        model.addAttribute("form", new LineForm(line.year(), line.lineYuan(), line.dropPercent(), line.shockPercent(),
                line.byDefault() ? null : line.version()));
        return "visits/monitoring/line";
    }

    @Guard(resource = Resource.MONITORING, action = Action.MANAGE)
    @PostMapping("/visits/monitoring/line")
    String set(@ModelAttribute("form") LineForm form, BindingResult result, CurrentUser user, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        try {
            long fen = Yuan.parse("line", "监测线", form.line());
            MonitoringLines.Line saved = lines.set(user, new MonitoringRequests.LineInput(null, form.year(), fen,
                    form.dropPercent(), form.shockPercent(), form.version()));
            redirect.addFlashAttribute("notice", saved.year() + " 年监测线已设为每人每年 " + saved.lineYuan() + " 元");
            return "redirect:/visits/monitoring/line?year=" + saved.year();
        } catch (BadInputException | ConflictException refused) {
            response.setStatus(refused instanceof BadInputException ? 400 : 409);
            FormErrors.reject(result, refused, field -> field.equals("lineFen") ? "line" : field);
            model.addAttribute("line", lines.read(user, null,
                    form.year() == null ? Beijing.today(clock).getYear() : clampYear(form.year())));
            return "visits/monitoring/line";
        }
    }

    private int clampYear(int year) {
        int now = Beijing.today(clock).getYear();
        return year < 2000 || year > now ? now : year;
    }
}
