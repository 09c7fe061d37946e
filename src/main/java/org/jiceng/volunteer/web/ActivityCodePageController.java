package org.jiceng.volunteer.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.volunteer.internal.activity.Activities;
import org.jiceng.volunteer.internal.activity.Attendances;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The organiser's screen with the check-in or check-out code (htmx fetches a new one every 20 s, the code living
 * 60 s), and the page a volunteer's phone opens from the code, which checks them in or out.
 */
@Controller
class ActivityCodePageController {

    private final Activities activities;
    private final Attendances attendances;

    ActivityCodePageController(Activities activities, Attendances attendances) {
        this.activities = activities;
        this.attendances = attendances;
    }

    @Guard(resource = Resource.ATTENDANCE, action = Action.ACT)
    @GetMapping("/volunteer/activities/{id}/code")
    String page(@PathVariable long id, @RequestParam(required = false) String kind, CurrentUser user, Model model,
                HttpServletResponse response) {
        model.addAttribute("activity", activities.get(id, user));
        code(id, kind, user, model, response);
        return "volunteer/activity/code";
    }

    @Guard(resource = Resource.ATTENDANCE, action = Action.ACT)
    @GetMapping("/volunteer/activities/{id}/code/current")
    String current(@PathVariable long id, @RequestParam(required = false) String kind, CurrentUser user, Model model,
                   HttpServletResponse response) {
        code(id, kind, user, model, response);
        return "volunteer/activity/code :: current";
    }

    private void code(long id, String kind, CurrentUser user, Model model, HttpServletResponse response) {
        String k = "OUT".equals(kind) ? "OUT" : "IN";
        model.addAttribute("kind", k);
        model.addAttribute("activityId", id);
        try {
            model.addAttribute("code", attendances.code(id, k,
                    ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString(), user));
        } catch (ConflictException outsideTime) {
            model.addAttribute("error", outsideTime.getMessage());
        }
    }

    /** Opened from the code by the volunteer's phone, signed in: checks in or out once; again changes nothing. */
    @Guard(resource = Resource.ATTENDANCE, action = Action.CREATE)
    @GetMapping("/volunteer/scan")
    String scan(@RequestParam(name = "t", required = false) String token, CurrentUser user, Model model,
                HttpServletResponse response) {
        try {
            model.addAttribute("result", attendances.scan(token, user));
        } catch (BadInputException refused) {
            response.setStatus(400);
            model.addAttribute("error", refused.getMessage());
        } catch (ConflictException refused) {
            response.setStatus(409);
            model.addAttribute("error", refused.getMessage());
        } catch (NotFoundException refused) {
            response.setStatus(404);
            model.addAttribute("error", refused.getMessage());
        }
        return "volunteer/activity/scan";
    }
}
