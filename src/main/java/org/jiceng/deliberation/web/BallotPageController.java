package org.jiceng.deliberation.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.deliberation.BallotView;
import org.jiceng.deliberation.internal.BallotService;
import org.jiceng.deliberation.internal.EstateService;
import org.jiceng.deliberation.internal.VoteCasting;
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
 * Ballot pages: staff list, open and run ballots and enter written votes; owners vote on their phones, keep
 * their receipt and check it; everybody who may see a ballot reads its result.
 */
@Controller
class BallotPageController {

    private final BallotService ballots;
    private final EstateService estates;
    private final VoteCasting votes;
    private final Clock clock;

    BallotPageController(BallotService ballots, EstateService estates, VoteCasting votes, Clock clock) {
        this.clock = clock;
        this.ballots = ballots;
        this.estates = estates;
        this.votes = votes;
    }

    @Guard(resource = Resource.BALLOT, action = Action.READ)
    @GetMapping("/ballots")
    String list(CurrentUser user, Model model) {
        if (!ballots.isStaff(user)) {
            model.addAttribute("ballots", ballots.ofOwner(user));
            return "deliberation/ballot-mine";
        }
        model.addAttribute("ballots", ballots.list(user, Long.MAX_VALUE, 100));
        model.addAttribute("estates", estates.list(user));
        model.addAttribute("mayCreate", ballots.mayCreate(user));
        model.addAttribute("defaultClose", LocalDateTime.ofInstant(clock.instant(), Beijing.ZONE).plusDays(14).withHour(18).withMinute(0)
                .withSecond(0).withNano(0));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new BallotForm(null, null, "ORDINARY", false, false,
                    model.getAttribute("defaultClose").toString()));
        }
        Map<String, String> estateChoices = new LinkedHashMap<>();
        estates.list(user).forEach(e -> estateChoices.put(String.valueOf(e.id()),
                e.name() + "（" + e.units() + " 套，业主 " + e.owners() + " 人）"));
        model.addAttribute("estateChoices", estateChoices);
        Map<String, String> matters = new LinkedHashMap<>();
        matters.put("ORDINARY", "一般事项（过半数）");
        matters.put("MAJOR", "重大事项（四分之三以上）");
        model.addAttribute("matters", matters);
        return "deliberation/ballots";
    }

    @Guard(resource = Resource.BALLOT, action = Action.CREATE)
    @PostMapping("/ballots")
    String create(@ModelAttribute("form") BallotForm form, BindingResult result, CurrentUser user, Model model,
                  HttpServletResponse response) {
        String closesAt = form.closesAt() == null ? "" : form.closesAt().strip();
        String at = "";
        try {
            at = closesAt.isEmpty() ? "" : LocalDateTime.parse(closesAt).atZone(Beijing.ZONE).toOffsetDateTime().toString();
        } catch (DateTimeParseException unreadable) {
            result.rejectValue("closesAt", "format", "截止时间“" + closesAt + "”看不懂，请按“年-月-日 时:分”选择");
        }
        if (!result.hasErrors()) {
            try {
                long id = ballots.create(user, new BallotService.NewBallot(form.estateId(), null, form.title(),
                        form.matter(), Boolean.TRUE.equals(form.secret()), at, Boolean.TRUE.equals(form.allowChange()), null));
                return "redirect:/ballots/" + id;
            } catch (BadInputException refused) {
                FormErrors.reject(result, refused);
            }
        }
        response.setStatus(400);
        model.addAttribute("ballotRefused", true);
        return list(user, model);
    }

    @Guard(resource = Resource.BALLOT, action = Action.READ)
    @GetMapping("/ballots/{id}")
    String detail(@PathVariable long id, CurrentUser user, Model model) {
        BallotView ballot = ballots.view(user, id);
        if (!ballots.mayManage(user, ballot) && votes.ownerStatus(user, ballot).isPresent()) {
            return "redirect:/ballots/" + id + "/vote";
        }
        model.addAttribute("ballot", ballot);
        model.addAttribute("manage", ballots.mayManage(user, ballot));
        model.addAttribute("roll", votes.roll(ballot));
        return "deliberation/ballot";
    }

    @Guard(resource = Resource.BALLOT, action = Action.ACT)
    @PostMapping("/ballots/{id}/paper-votes")
    String paper(@PathVariable long id, @RequestParam(required = false) String owner,
                 @RequestParam(required = false) Long household, @RequestParam String choice,
                 @RequestParam(required = false) String receipt, CurrentUser user, RedirectAttributes redirect) {
        VoteCasting.Cast cast = votes.paper(user, id, new VoteCasting.PaperVote(owner, household, choice,
                receipt == null || receipt.isBlank() ? null : receipt));
        redirect.addFlashAttribute("notice", "已录入" + (owner != null ? "业主“" + owner + "”" : "户 " + household)
                + "的书面表决票（" + cast.choiceLabel() + "），回执码 " + cast.receipt() + "，请抄写在回执联上交给业主");
        return "redirect:/ballots/" + id;
    }

    @Guard(resource = Resource.BALLOT, action = Action.ACT)
    @PostMapping("/ballots/{id}/close")
    String close(@PathVariable long id, CurrentUser user) {
        ballots.close(user, id);
        return "redirect:/ballots/" + id + "/result";
    }

    @Guard(resource = Resource.VOTE, action = Action.CREATE)
    @GetMapping("/ballots/{id}/vote")
    String votePage(@PathVariable long id, @RequestParam(required = false) String code, CurrentUser user, Model model) {
        BallotView ballot = ballots.view(user, id);
        model.addAttribute("ballot", ballot);
        model.addAttribute("owner", votes.ownerStatus(user, ballot).orElse(null));
        if (code != null && !code.isBlank()) {
            model.addAttribute("code", code);
            try {
                model.addAttribute("checked", votes.check(user, id, code));
            } catch (org.jiceng.NotFoundException e) {
                model.addAttribute("checkError", e.getMessage());
            }
        }
        return "deliberation/ballot-vote";
    }

    @Guard(resource = Resource.VOTE, action = Action.CREATE)
    @PostMapping("/ballots/{id}/vote")
    String vote(@PathVariable long id, @RequestParam String choice, @RequestParam(required = false) String receipt,
                CurrentUser user, RedirectAttributes redirect) {
        VoteCasting.Cast cast = votes.online(user, id, choice, receipt == null || receipt.isBlank() ? null : receipt);
        redirect.addFlashAttribute("cast", cast);
        return "redirect:/ballots/" + id + "/vote";
    }

    @Guard(resource = Resource.BALLOT, action = Action.READ)
    @GetMapping("/ballots/{id}/result")
    String result(@PathVariable long id, CurrentUser user, Model model) {
        BallotView ballot = ballots.view(user, id);
        model.addAttribute("ballot", ballot);
        model.addAttribute("result", ballots.result(user, id));
        model.addAttribute("manage", ballots.mayManage(user, ballot));
        return "deliberation/ballot-result";
    }
}
