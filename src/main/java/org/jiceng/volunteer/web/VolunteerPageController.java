package org.jiceng.volunteer.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.volunteer.internal.activity.Attendances;
import org.jiceng.volunteer.internal.activity.VolunteerRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A resident's own page on a phone: signing up as a volunteer, then their sign-ups and confirmed hours. */
@Controller
class VolunteerPageController {

    /** {@code skills}: separated by commas or spaces as typed. */
    record SignUpForm(String communityCode, String name, String phone, String skills, String availability) {
    }

    private final VolunteerRegistry registry;
    private final Attendances attendances;

    VolunteerPageController(VolunteerRegistry registry, Attendances attendances) {
        this.registry = registry;
        this.attendances = attendances;
    }

    @Guard(resource = Resource.ATTENDANCE, action = Action.READ)
    @GetMapping("/volunteer/mine")
    String mine(CurrentUser user, Model model) {
        var volunteer = registry.mine(user).orElse(null);
        model.addAttribute("volunteer", volunteer);
        var mine = attendances.mine(user, null, 100).items();
        model.addAttribute("signUps", mine);
        model.addAttribute("totalMinutes", mine.stream().mapToLong(a -> a.minutes() == null ? 0 : a.minutes()).sum());
        if (!model.containsAttribute("signUpForm")) {
            String home = user.homeTerritory();
            model.addAttribute("signUpForm", new SignUpForm(home.length() >= 12 ? home.substring(0, 12) : "",
                    user.displayName(), null, null, null));
        }
        return "volunteer/activity/mine";
    }

    @Guard(resource = Resource.VOLUNTEER, action = Action.CREATE)
    @PostMapping("/volunteer/mine")
    String signUp(@ModelAttribute("signUpForm") SignUpForm form, BindingResult result, CurrentUser user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        List<String> skills = form.skills() == null ? List.of()
                : Arrays.stream(form.skills().split("[,，、\\s]+")).filter(s -> !s.isBlank()).toList();
        try {
            registry.register(new VolunteerRegistry.VolunteerRequest(form.communityCode(), form.name(), form.phone(),
                    skills, form.availability(), null), user);
        } catch (BadInputException | ConflictException refused) {
            response.setStatus(refused instanceof ConflictException ? 409 : 400);
            FormErrors.reject(result, refused);
            return mine(user, model);
        }
        redirect.addFlashAttribute("notice", "您已登记为志愿者，可以报名活动了");
        return "redirect:/volunteer/mine";
    }
}
