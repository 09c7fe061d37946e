package org.jiceng.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.assessment.internal.rating.Criteria;
import org.jiceng.assessment.internal.rating.RatingAccess;
import org.jiceng.assessment.internal.rating.RatingFiles;
import org.jiceng.assessment.internal.rating.RatingLists;
import org.jiceng.assessment.internal.rating.RatingMeasure;
import org.jiceng.assessment.internal.rating.StarRatings;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The ratings desk: criteria and allowances, proposing a year, reviewing and confirming, the two lists. */
@Controller
class RatingPageController {

    private final Criteria criteria;
    private final StarRatings ratings;
    private final RatingLists lists;
    private final RatingFiles files;

    RatingPageController(Criteria criteria, StarRatings ratings, RatingLists lists, RatingFiles files) {
        this.criteria = criteria;
        this.ratings = ratings;
        this.lists = lists;
        this.files = files;
    }

    record CriterionForm(String name, String measure, String unit, String thresholds) {
    }

    record ProposeForm(String territory, Integer year) {
    }

    record ConfirmForm(Integer stars, String reason, Integer version) {
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.READ)
    @GetMapping("/assessment/ratings")
    String desk(@RequestParam(required = false) Integer year, CurrentUser user, Model model) {
        return show(year, user, model);
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.MANAGE)
    @PostMapping("/assessment/ratings/criteria")
    String criterion(@ModelAttribute("criterionForm") CriterionForm form, BindingResult result, CurrentUser user,
                     Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(result, user, model, response, redirect, null, "已添加评定标准", () -> criteria.create(
                new Criteria.Request(null, form.name(), form.measure(), form.unit(), thresholds(form.thresholds()),
                        null, null), user));
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.CREATE)
    @PostMapping("/assessment/ratings/proposals")
    String propose(@ModelAttribute("proposeForm") ProposeForm form, BindingResult result, CurrentUser user,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return attempt(result, user, model, response, redirect, form.year(), null, () -> {
            var done = ratings.propose(new StarRatings.Proposal(form.territory(), form.year()), user);
            redirect.addFlashAttribute("notice", "已生成 " + done.proposed() + " 个建议星级"
                    + (done.alreadyConfirmed() > 0 ? "，" + done.alreadyConfirmed() + " 个已确认的未改动" : ""));
            return done;
        });
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.READ)
    @GetMapping("/assessment/ratings/{id}")
    String rating(@PathVariable long id, CurrentUser user, Model model) {
        var rating = ratings.find(id, user, Action.READ);
        model.addAttribute("rating", rating);
        model.addAttribute("settings", criteria.settings(user, rating.county()));
        model.addAttribute("mayConfirm", !rating.confirmed()
                && AccessPolicy.allows(user, Resource.STAR_RATING, Action.ACT, AccessPolicy.Target.at(rating.territoryCode())));
        if (!model.containsAttribute("confirmForm")) {
            model.addAttribute("confirmForm", new ConfirmForm(rating.proposedStars(), null, rating.version()));
        }
        return "assessment/rating/rating";
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.ACT)
    @PostMapping("/assessment/ratings/{id}/confirmation")
    String confirm(@PathVariable long id, @ModelAttribute("confirmForm") ConfirmForm form, BindingResult result,
                   CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            ratings.confirm(id, new StarRatings.Confirmation(form.stars(), form.reason(), form.version()), user);
            redirect.addFlashAttribute("notice", "已确认星级");
        } catch (BadInputException refused) {
            FormErrors.reject(result, refused);
            response.setStatus(400);
            return rating(id, user, model);
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/assessment/ratings/" + id;
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.READ)
    @GetMapping("/assessment/ratings.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer year, CurrentUser user) {
        int y = year == null ? ratings.thisYear() : year;
        return files.xlsx(ratings.list(RatingAccess.where(user, Action.READ), y, null, 5000).items(),
                criteria.settings(user, null), y + " 年度星级评定");
    }

    @Guard(resource = Resource.STAR_RATING, action = Action.READ)
    @GetMapping("/assessment/ratings.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) Integer year, CurrentUser user) {
        int y = year == null ? ratings.thisYear() : year;
        return files.pdf(ratings.list(RatingAccess.where(user, Action.READ), y, null, 5000).items(),
                criteria.settings(user, null), y + " 年度星级评定");
    }

    private String attempt(BindingResult result, CurrentUser user, Model model, HttpServletResponse response,
                           RedirectAttributes redirect, Integer year, String done, Supplier<?> step) {
        try {
            step.get();
            if (done != null) {
                redirect.addFlashAttribute("notice", done);
            }
        } catch (BadInputException refused) {
            FormErrors.reject(result, refused);
            response.setStatus(400);
            return show(year, user, model);
        } catch (ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return year == null ? "redirect:/assessment/ratings" : "redirect:/assessment/ratings?year=" + year;
    }

    private String show(Integer year, CurrentUser user, Model model) {
        int y = year == null ? ratings.thisYear() - 1 : year;
        var scope = RatingAccess.where(user, Action.READ);
        model.addAttribute("year", y);
        model.addAttribute("criteria", criteria.list(user, null));
        model.addAttribute("settings", criteria.settings(user, null));
        model.addAttribute("ratings", ratings.list(scope, y, null, 500).items());
        model.addAttribute("stays", lists.stays(scope, null, null, 500).items());
        var measureOptions = new java.util.LinkedHashMap<String, String>();
        for (RatingMeasure m : RatingMeasure.values()) {
            measureOptions.put(m.name(), m.label());
        }
        model.addAttribute("measureOptions", measureOptions);
        model.addAttribute("mayManage", AccessPolicy.mayAtAll(user, Resource.STAR_RATING, Action.MANAGE)
                && !AccessPolicy.scope(user, Resource.STAR_RATING, Action.MANAGE).isEmpty());
        model.addAttribute("mayPropose", !AccessPolicy.scope(user, Resource.STAR_RATING, Action.CREATE).isEmpty());
        if (!model.containsAttribute("criterionForm")) {
            model.addAttribute("criterionForm", new CriterionForm(null, "ENTERED", null, null));
        }
        if (!model.containsAttribute("proposeForm")) {
            model.addAttribute("proposeForm", new ProposeForm(user.homeTerritory(), y));
        }
        return "assessment/rating/desk";
    }

    /** "1, 2, 3, 4, 5, 6, 7" (or with Chinese commas or spaces) as typed on the form. */
    static List<Integer> thresholds(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Arrays.stream(typed.strip().split("[,，、\\s]+")).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new BadInputException("thresholds", "门槛值须为整数，以逗号分隔，一星至七星各一个");
        }
    }
}
