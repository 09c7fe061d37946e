package org.jiceng.volunteer.web;

import static org.jiceng.volunteer.web.TimeBankPageController.attempt;

import java.io.IOException;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.territory.Level;
import org.jiceng.volunteer.internal.claims.ClaimPhotos;
import org.jiceng.volunteer.internal.claims.Claims;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 认领 page: a community's claimable spots and 微心愿 with a claim button for its residents, their own claims
 * with the photo and report forms, and for staff the publishing of spots and the claims to confirm.
 */
@Controller
class ClaimPageController {

    private static final int SHOWN = 100;

    private final Claims claims;
    private final ClaimPhotos photos;

    ClaimPageController(Claims claims, ClaimPhotos photos) {
        this.claims = claims;
        this.photos = photos;
    }

    @Guard(resource = Resource.CLAIM, action = Action.READ)
    @GetMapping("/volunteer/claims")
    String page(@RequestParam(required = false) String village, CurrentUser user, Model model) {
        String community = village == null || village.isBlank() ? HonourApiController.community(user) : village.strip();
        boolean isCommunity = Level.ofCode(community) == Level.VILLAGE;
        model.addAttribute("community", community);
        model.addAttribute("isCommunity", isCommunity);
        var at = AccessPolicy.Target.at(community);
        boolean mayRead = isCommunity && AccessPolicy.allows(user, Resource.CLAIM, Action.READ, at);
        model.addAttribute("spots", mayRead ? claims.spots(community, user, null, SHOWN).items() : List.of());
        model.addAttribute("wishes", mayRead ? claims.wishes(community, user) : List.of());
        model.addAttribute("mayClaim", isCommunity && AccessPolicy.allows(user, Resource.CLAIM, Action.CREATE, at));
        model.addAttribute("mayManage", isCommunity && AccessPolicy.allows(user, Resource.CLAIM, Action.MANAGE, at));
        boolean staff = !AccessPolicy.scope(user, Resource.CLAIM, Action.ACT).isEmpty();
        model.addAttribute("staff", staff);
        model.addAttribute("claims", claims.claims(user, isCommunity ? community : null, !staff, null, SHOWN).items());
        model.addAttribute("me", user.id());
        return "volunteer/claims/index";
    }

    @Guard(resource = Resource.CLAIM, action = Action.MANAGE)
    @PostMapping("/volunteer/claims/spots")
    String publish(@RequestParam String village, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String name, @RequestParam(required = false) String description,
                   CurrentUser user, RedirectAttributes redirect) {
        String page = "/volunteer/claims?village=" + village;
        return attempt(redirect, page, () -> {
            claims.publishSpot(new Claims.SpotRequest(village, kind, name, description), user);
            redirect.addFlashAttribute("notice", "已发布认领点位");
            return "redirect:" + page;
        });
    }

    @Guard(resource = Resource.CLAIM, action = Action.CREATE)
    @PostMapping("/volunteer/claims")
    String claim(@RequestParam(required = false) String village, @RequestParam(required = false) Long spotId,
                 @RequestParam(required = false) Long needId, @RequestParam(required = false) String note,
                 CurrentUser user, RedirectAttributes redirect) {
        String page = "/volunteer/claims" + (village == null ? "" : "?village=" + village);
        return attempt(redirect, page, () -> {
            claims.claim(new Claims.ClaimRequest(spotId, needId, note), user);
            redirect.addFlashAttribute("notice", "认领成功，完成后请上传照片并反馈");
            return "redirect:" + page;
        });
    }

    @Guard(resource = Resource.CLAIM, action = Action.ACT)
    @PostMapping("/volunteer/claims/{id}/photos")
    String photo(@PathVariable long id, @RequestParam(required = false) String village,
                 @RequestParam(name = "file", required = false) MultipartFile file, CurrentUser user,
                 RedirectAttributes redirect) throws IOException {
        String page = "/volunteer/claims" + (village == null ? "" : "?village=" + village);
        byte[] content = file == null ? new byte[0] : file.getBytes();
        try {
            photos.add(id, content, user);
            redirect.addFlashAttribute("notice", "照片已上传");
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:" + page;
    }

    @Guard(resource = Resource.CLAIM, action = Action.ACT)
    @PostMapping("/volunteer/claims/{id}/{step}")
    String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String village,
                @RequestParam(required = false) String report, CurrentUser user, RedirectAttributes redirect) {
        String page = "/volunteer/claims" + (village == null ? "" : "?village=" + village);
        return attempt(redirect, page, () -> {
            switch (step) {
                case "report" -> claims.report(id, new Claims.ReportRequest(report), user);
                case "confirm" -> claims.confirm(id, user);
                default -> throw new org.jiceng.NotFoundException("没有这一步");
            }
            redirect.addFlashAttribute("notice", step.equals("report") ? "已反馈，待社区确认" : "已确认");
            return "redirect:" + page;
        });
    }
}
