package org.jiceng.party.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.party.internal.branchlife.AttendanceStatus;
import org.jiceng.party.internal.branchlife.BranchFacts;
import org.jiceng.party.internal.branchlife.BranchYear;
import org.jiceng.party.internal.branchlife.MeetingKind;
import org.jiceng.party.internal.branchlife.BranchMeetingPhotos;
import org.jiceng.party.internal.branchlife.MeetingView;
import org.jiceng.party.internal.branchlife.BranchMeetings;
import org.jiceng.party.internal.branchlife.MemberFacts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The branch secretary's pages of branch life, made for a phone: this week's meetings and the overdue ones, a
 * branch's year, recording a meeting with every member's attendance, and a meeting with its photos.
 */
@Controller
class BranchLifePageController {

    private final BranchMeetings meetings;
    private final BranchMeetingPhotos photos;
    private final BranchYear years;
    private final Clock clock;

    BranchLifePageController(BranchMeetings meetings, BranchMeetingPhotos photos, BranchYear years, Clock clock) {
        this.meetings = meetings;
        this.photos = photos;
        this.years = years;
        this.clock = clock;
    }

    @Guard(resource = Resource.BRANCH_MEETING, action = Action.READ)
    @GetMapping("/party/branch-life")
    String home(@RequestParam(required = false) String territory, CurrentUser user, Model model) {
        week(user, model);
        model.addAttribute("overdue", years.overdue(user, territory, 50));
        model.addAttribute("branches", years.branches(user, territory, 100));
        model.addAttribute("year", Beijing.today(clock).getYear());
        model.addAttribute("mayDues", !AccessPolicy.scope(user, Resource.PARTY_DUES, Action.READ).isEmpty());
        return "party/branchlife/home";
    }

    /** The home page's card: this week's meetings and how many are overdue, loaded into the card with htmx. */
    @Guard(resource = Resource.BRANCH_MEETING, action = Action.READ)
    @GetMapping("/party/branch-life/card")
    String card(CurrentUser user, Model model) {
        week(user, model);
        model.addAttribute("overdueCount", years.overdue(user, null, 100).size());
        var arrears = years.arrears(user, 10);
        if (arrears != null) {
            model.addAttribute("arrearsYuan", org.jiceng.Fen.grouped(java.util.Arrays.stream(arrears)
                    .mapToLong(m -> m.arrears().arrearsFen()).reduce(0, Math::addExact)));
            model.addAttribute("membersInArrears", java.util.Arrays.stream(arrears)
                    .mapToLong(m -> m.lines().stream().filter(l -> l.owed().arrearsFen() > 0).count()).sum());
        }
        return "party/branchlife/card";
    }

    private void week(CurrentUser user, Model model) {
        LocalDate today = Beijing.today(clock);
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        model.addAttribute("week", meetings.list(user, null, null, monday.toString(), monday.plusDays(6).toString(),
                null, 50).items());
    }

    @Guard(resource = Resource.BRANCH_MEETING, action = Action.READ)
    @GetMapping("/party/branches/{id}/year/{year}")
    String year(@PathVariable long id, @PathVariable int year, CurrentUser user, Model model) {
        BranchYear.Year y = years.year(id, year, user);
        model.addAttribute("y", y);
        model.addAttribute("meetings", meetings.list(user, null, id, year + "-01-01", year + "-12-31", null, 100).items());
        model.addAttribute("mayRecord", AccessPolicy.allows(user, Resource.BRANCH_MEETING, Action.CREATE,
                AccessPolicy.Target.at(y.organisation().territoryCode())));
        model.addAttribute("mayDues", y.dues() != null);
        return "party/branchlife/year";
    }

    @Guard(resource = Resource.BRANCH_MEETING, action = Action.CREATE)
    @GetMapping("/party/meetings/new")
    String form(@RequestParam long organisationId, @RequestParam(required = false) String kind, CurrentUser user,
                Model model) {
        BranchFacts organisation = meetings.organisation(organisationId, user);
        model.addAttribute("form", new BranchLifeMeetingForm(organisationId, kind, "HELD",
                Beijing.today(clock).toString(), null, null, null, null));
        return showForm(organisation, Map.of(), model);
    }

    @Guard(resource = Resource.BRANCH_MEETING, action = Action.CREATE)
    @PostMapping("/party/meetings")
    String create(@ModelAttribute("form") BranchLifeMeetingForm form, BindingResult result,
                  @RequestParam Map<String, String> sent, CurrentUser user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (form.organisationId() == null) {
            throw new BadInputException("organisationId", "请从党组织页面进入记录会议");
        }
        BranchFacts organisation = meetings.organisation(form.organisationId(), user);
        long id;
        try {
            id = meetings.create(form.request(meetings.members(organisation), sent), user);
        } catch (BadInputException | ConflictException refused) {
            FormErrors.reject(result, refused, field -> field.startsWith("attendance") ? null : field);
            response.setStatus(refused instanceof ConflictException ? 409 : 400);
            return showForm(organisation, sent, model);
        }
        redirect.addFlashAttribute("notice", form.held() ? "已记录会议" : "已安排会议");
        return "redirect:/party/meetings/" + id;
    }

    private String showForm(BranchFacts organisation, Map<String, String> sent, Model model) {
        List<MemberFacts> members = meetings.members(organisation);
        Map<String, String> kinds = new LinkedHashMap<>();
        for (MeetingKind k : MeetingKind.values()) {
            if (k.heldBy(organisation.level())) {
                kinds.put(k.name(), k.label() + "（" + k.cadence() + "）");
            }
        }
        Map<Long, String> status = new HashMap<>();
        Map<Long, String> reasons = new HashMap<>();
        members.forEach(m -> {
            status.put(m.id(), sent.getOrDefault("att." + m.id(), "PRESENT"));
            reasons.put(m.id(), sent.getOrDefault("reason." + m.id(), ""));
        });
        model.addAttribute("organisation", organisation);
        model.addAttribute("members", members);
        model.addAttribute("kinds", kinds);
        Map<String, String> modes = new LinkedHashMap<>();
        modes.put("HELD", "已召开，记录会议");
        modes.put("PLANNED", "计划召开");
        model.addAttribute("modes", modes);
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("reasons", reasons);
        return "party/branchlife/meeting-form";
    }

    @Guard(resource = Resource.BRANCH_MEETING, action = Action.READ)
    @GetMapping("/party/meetings/{id}")
    String meeting(@PathVariable long id, CurrentUser user, Model model) {
        MeetingView meeting = meetings.meeting(id, user);
        model.addAttribute("m", meeting);
        model.addAttribute("present", meeting.count(AttendanceStatus.PRESENT));
        model.addAttribute("leave", meeting.count(AttendanceStatus.LEAVE));
        model.addAttribute("absent", meeting.count(AttendanceStatus.ABSENT));
        model.addAttribute("mayUpdate", AccessPolicy.allows(user, Resource.BRANCH_MEETING, Action.UPDATE,
                AccessPolicy.Target.at(meeting.territoryCode())));
        return "party/branchlife/meeting";
    }

    @Guard(resource = Resource.BRANCH_MEETING, action = Action.UPDATE)
    @PostMapping("/party/meetings/{id}/photos")
    String addPhoto(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                    CurrentUser user, RedirectAttributes redirect) throws IOException {
        try {
            photos.add(id, file == null ? null : file.getBytes(), user);
            redirect.addFlashAttribute("notice", "已上传照片");
        } catch (BadInputException | ConflictException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/party/meetings/" + id;
    }
}
