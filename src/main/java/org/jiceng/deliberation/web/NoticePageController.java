package org.jiceng.deliberation.web;

import java.time.Clock;
import org.jiceng.Beijing;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import jakarta.servlet.http.HttpServletResponse;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.deliberation.internal.NoticeService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The community notice board (公示栏): what shows today for residents, everything and a form for staff. */
@Controller
class NoticePageController {

    private final NoticeService notices;
    private final Clock clock;

    NoticePageController(NoticeService notices, Clock clock) {
        this.clock = clock;
        this.notices = notices;
    }

    @Guard(resource = Resource.NOTICE, action = Action.READ)
    @GetMapping("/notices")
    String board(@RequestParam(required = false) String after, CurrentUser user, Model model) {
        var page = notices.list(user, null, false, after, 30);
        model.addAttribute("notices", page.items());
        model.addAttribute("next", page.next());
        model.addAttribute("today", Beijing.today(clock));
        model.addAttribute("mayPublish", NoticeService.mayPublish(user));
        if (!model.containsAttribute("noticeForm")) {
            model.addAttribute("noticeForm", new NoticeForm(null, null, model.getAttribute("today").toString(), null));
        }
        return "deliberation/notices";
    }

    /** A notice to publish, kept as typed when refused. */
    record NoticeForm(String title, String body, String from, String to) {
    }

    @Guard(resource = Resource.NOTICE, action = Action.CREATE)
    @PostMapping("/notices")
    String publish(@ModelAttribute("noticeForm") NoticeForm form, BindingResult result, CurrentUser user, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        try {
            notices.publish(user, new NoticeService.NoticeRequest(null, form.title(), form.body(), form.from(), form.to()));
        } catch (BadInputException refused) {
            response.setStatus(400);
            FormErrors.reject(result, refused);
            model.addAttribute("noticeRefused", true);
            return board(null, user, model);
        }
        redirect.addFlashAttribute("notice", "公示已发布");
        return "redirect:/notices";
    }
}
