package org.jiceng.volunteer.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.volunteer.internal.activity.Activities;
import org.jiceng.volunteer.internal.activity.ActivityView;
import org.jiceng.volunteer.internal.activity.AttendanceView;
import org.jiceng.volunteer.internal.activity.Attendances;
import org.jiceng.volunteer.internal.activity.VolunteerRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The activities pages: the list a resident signs up from on a phone, and an activity's page, where a volunteer
 * signs up or leaves and the organiser opens, ends or cancels it, reads the sign-up list and confirms the times.
 */
@Controller
class ActivityPageController {

    static final int SHOWN = 50;

    private final Activities activities;
    private final Attendances attendances;
    private final VolunteerRegistry registry;

    ActivityPageController(Activities activities, Attendances attendances, VolunteerRegistry registry) {
        this.activities = activities;
        this.attendances = attendances;
        this.registry = registry;
    }

    @Guard(resource = Resource.ACTIVITY, action = Action.READ)
    @GetMapping("/volunteer/activities")
    String list(CurrentUser user, Model model) {
        model.addAttribute("activities", activities.list(user, null, null, null, SHOWN).items());
        model.addAttribute("volunteer", registry.mine(user).orElse(null));
        return "volunteer/activity/list";
    }

    @Guard(resource = Resource.ACTIVITY, action = Action.READ)
    @GetMapping("/volunteer/activities/{id}")
    String activity(@PathVariable long id, CurrentUser user, Model model) {
        ActivityView activity = activities.get(id, user);
        model.addAttribute("activity", activity);
        model.addAttribute("volunteer", registry.mine(user).orElse(null));
        model.addAttribute("mine", attendances.mine(user, null, 500).items().stream()
                .filter(a -> a.activityId() == id && !a.status().equals("CANCELLED")).findFirst().orElse(null));
        boolean readsList = org.jiceng.AccessPolicy.mayAtAll(user, Resource.ATTENDANCE, Action.READ)
                && (activity.mayConfirm() || !user.hasAny(org.jiceng.Role.RESIDENT, org.jiceng.Role.HOUSEHOLD_CHIEF));
        List<AttendanceView> list = List.of();
        if (readsList) {
            try {
                list = attendances.ofActivity(id, user);
            } catch (org.jiceng.ForbiddenException notTheirs) {
                list = List.of();
            }
        }
        model.addAttribute("attendance", list);
        List<String> moves = new ArrayList<>();
        if (activity.mayManage()) {
            switch (activity.status()) {
                case "PLANNED" -> moves.addAll(List.of("OPEN", "CANCELLED"));
                case "OPEN" -> moves.add("CANCELLED");
                case "RUNNING" -> moves.add("DONE");
                default -> { }
            }
        }
        model.addAttribute("moves", moves);
        model.addAttribute("moveNames", Map.of("OPEN", "开放报名", "CANCELLED", "取消活动", "DONE", "结束活动"));
        return "volunteer/activity/activity";
    }

    @Guard(resource = Resource.ACTIVITY, action = Action.ACT)
    @PostMapping("/volunteer/activities/{id}/sign-up")
    String signUp(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            AttendanceView a = activities.signUp(id, user);
            redirect.addFlashAttribute("notice", a.status().equals("WAITING")
                    ? "名额已满，您在候补名单第 " + a.waitingPosition() + " 位，有人取消时将自动转正并通知您" : "报名成功");
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/volunteer/activities/" + id;
    }

    @Guard(resource = Resource.ACTIVITY, action = Action.ACT)
    @PostMapping("/volunteer/activities/{id}/cancel")
    String cancel(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        try {
            activities.cancel(id, user);
            redirect.addFlashAttribute("notice", "已取消报名");
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/volunteer/activities/" + id;
    }

    @Guard(resource = Resource.ACTIVITY, action = Action.UPDATE)
    @PostMapping("/volunteer/activities/{id}/status")
    String move(@PathVariable long id, @RequestParam String status, @RequestParam(required = false) Integer version,
                CurrentUser user, RedirectAttributes redirect) {
        try {
            ActivityView moved = activities.change(id, new Activities.StateChange(status, version), user);
            redirect.addFlashAttribute("notice", "活动已改为" + moved.statusName());
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/volunteer/activities/" + id;
    }

    /**
     * The organiser's bulk confirmation: the ticked rows, each with the times in its fields ({@code in-<id>},
     * {@code out-<id>}, datetime-local in Beijing time); a field left as recorded keeps the scanned time.
     */
    @Guard(resource = Resource.ATTENDANCE, action = Action.ACT)
    @PostMapping("/volunteer/activities/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(name = "attendanceId", required = false) List<Long> ids,
                   HttpServletRequest request, CurrentUser user, RedirectAttributes redirect) {
        List<Attendances.Correction> items = new ArrayList<>();
        for (long attendanceId : ids == null ? List.<Long>of() : ids) {
            items.add(new Attendances.Correction(attendanceId, blankToNull(request.getParameter("in-" + attendanceId)),
                    blankToNull(request.getParameter("out-" + attendanceId))));
        }
        try {
            int confirmed = attendances.confirm(id, new Attendances.Confirmation(items), user).size();
            redirect.addFlashAttribute("notice", "已确认 " + confirmed + " 人的服务时长");
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/volunteer/activities/" + id;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
