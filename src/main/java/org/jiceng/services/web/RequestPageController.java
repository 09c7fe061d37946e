package org.jiceng.services.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.FormErrors;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Role;
import org.jiceng.cases.Satisfaction;
import org.jiceng.services.internal.catalogue.CatalogueItem;
import org.jiceng.services.internal.request.Channel;
import org.jiceng.services.internal.request.RequestPhotos;
import org.jiceng.services.internal.request.RequestViews.Detail;
import org.jiceng.services.internal.request.RequestViews.Summary;
import org.jiceng.services.internal.request.RequestWork;
import org.jiceng.services.internal.request.ResidentChoices;
import org.jiceng.services.internal.request.ServiceRequests;
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
 * The resident's pages on a phone (ask for an item, 我的办事, a request's steps and its rating) and the request page
 * the 代办员 and the office work on: the materials checklist and photos, hand-over, the office's result, the documents
 * returned.
 */
@Controller
class RequestPageController {

    private static final int SHOWN = 50;

    private final ServiceRequests requests;
    private final RequestWork work;
    private final RequestPhotos photos;
    private final ResidentChoices residents;

    RequestPageController(ServiceRequests requests, RequestWork work, RequestPhotos photos, ResidentChoices residents) {
        this.requests = requests;
        this.work = work;
        this.photos = photos;
        this.residents = residents;
    }

    /** The form asking for an item: what was typed comes back with the refusal beside its field. */
    public static class AskForm {
        private Long itemId;
        private Long residentId;
        private String q;
        private String channel;
        private String note;

        public Long getItemId() { return itemId; }
        public void setItemId(Long itemId) { this.itemId = itemId; }
        public Long getResidentId() { return residentId; }
        public void setResidentId(Long residentId) { this.residentId = residentId; }
        /** What was typed in the name box, to find the resident asked for. */
        public String getQ() { return q; }
        public void setQ(String q) { this.q = q; }
        public String getChannel() { return channel; }
        public void setChannel(String channel) { this.channel = channel; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    @Guard(resource = Resource.SERVICE_REQUEST, action = Action.CREATE)
    @GetMapping("/services/requests/new")
    String form(@RequestParam(name = "item", required = false) Long item, @ModelAttribute("form") AskForm form,
                BindingResult result, CurrentUser user, Model model) {
        // the form itself comes back here as a plain GET when the name is searched without JavaScript
        if (form.getItemId() == null) {
            form.setItemId(item);
        }
        return show(form, result, user, model);
    }

    /** The residents whose names start with what was typed: swapped in by htmx under the name box. */
    @Guard(resource = Resource.SERVICE_REQUEST, action = Action.CREATE)
    @GetMapping("/services/requests/residents")
    String residents(@RequestParam(required = false) String q, @RequestParam(required = false) Long residentId,
                     CurrentUser user, Model model) {
        model.addAttribute("choices", residents.find(user, q, residentId));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("chosenId", residentId);
        return "services/request/new :: residents";
    }

    private String show(AskForm form, BindingResult result, CurrentUser user, Model model) {
        CatalogueItem item = form.getItemId() == null ? null : requests.publishedItem(form.getItemId()).orElse(null);
        List<CatalogueItem> members = item == null ? List.of() : item.bundle() ? requests.members(item) : List.of(item);
        boolean agency = !members.isEmpty() && members.stream().allMatch(CatalogueItem::agencyAllowed);
        Map<String, String> channels = new LinkedHashMap<>();
        for (Channel c : Channel.values()) {
            if (!c.agency() || agency) {
                channels.put(c.name(), c.label());
            }
        }
        if (form.getChannel() == null) {
            form.setChannel(agency ? Channel.VILLAGE_AGENCY.name() : Channel.SELF_SERVICE.name());
        }
        model.addAttribute("form", form);
        model.addAttribute("item", item);
        model.addAttribute("members", members);
        model.addAttribute("channels", channels);
        boolean forOthers = residents.mayChoose(user);
        model.addAttribute("forOthers", forOthers);
        String q = form.getQ() == null ? "" : form.getQ().strip();
        List<ResidentChoices.Choice> choices = List.of();
        if (forOthers && (!q.isEmpty() || form.getResidentId() != null)) {
            try {
                choices = residents.find(user, q, form.getResidentId());
            } catch (BadInputException refused) {
                FormErrors.reject(result, refused);
            }
        }
        model.addAttribute("choices", choices);
        model.addAttribute("q", q);
        model.addAttribute("chosenId", form.getResidentId());
        return "services/request/new";
    }

    @Guard(resource = Resource.SERVICE_REQUEST, action = Action.CREATE)
    @PostMapping("/services/requests")
    String ask(@ModelAttribute("form") AskForm form, BindingResult result, CurrentUser user, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            response.setStatus(400);
            return show(form, result, user, model);
        }
        try {
            Summary asked = requests.ask(new ServiceRequests.Ask(form.getItemId(), null, form.getResidentId(),
                    form.getChannel(), form.getNote()), user);
            redirect.addFlashAttribute("notice", "已提交“" + asked.itemName() + "”，代办员会尽快联系您核对材料");
            return "redirect:/services/requests/" + asked.id();
        } catch (BadInputException | ConflictException | ForbiddenException refused) {
            response.setStatus(refused instanceof BadInputException ? 400
                    : refused instanceof ConflictException ? 409 : 403);
            FormErrors.reject(result, refused);
            return show(form, result, user, model);
        }
    }

    @Guard(resource = Resource.SERVICE_REQUEST, action = Action.READ)
    @GetMapping("/services/requests")
    String list(@RequestParam(required = false) String status, CurrentUser user, Model model) {
        boolean mine = user.hasAny(Role.RESIDENT, Role.HOUSEHOLD_CHIEF) && !user.hasAny(Role.SERVICE_AGENT,
                Role.GRID_WORKER, Role.VILLAGE_STAFF, Role.TOWN_STAFF, Role.COUNTY_ADMIN);
        model.addAttribute("mine", mine);
        model.addAttribute("requests", requests.list(user, null, status, mine, null, SHOWN).items());
        return "services/request/list";
    }

    @Guard(resource = Resource.SERVICE_REQUEST, action = Action.READ)
    @GetMapping("/services/requests/{id}")
    String page(@PathVariable long id, CurrentUser user, Model model) {
        Detail detail = requests.detail(id, user);
        model.addAttribute("d", detail);
        model.addAttribute("allowed", requests.allowed(detail, user));
        model.addAttribute("ratings", Satisfaction.values());
        model.addAttribute("ratingNames", FormErrors.choices(Satisfaction.values(), Satisfaction::label));
        return "services/request/show";
    }

    @Guard(resource = Resource.SERVICE_REQUEST, action = Action.ACT)
    @PostMapping("/services/requests/{id}/lines/{line}/{action}")
    String act(@PathVariable long id, @PathVariable long line, @PathVariable String action,
               @RequestParam(required = false) Integer version,
               @RequestParam(required = false) List<String> materials, @RequestParam(required = false) String reason,
               @RequestParam(required = false) String result, @RequestParam(required = false) String document,
               CurrentUser user, RedirectAttributes redirect) {
        return attempt(redirect, id, () -> {
            work.act(id, line, action, new RequestWork.StepInput(version, materials == null ? List.of() : materials,
                    reason, result, document), user);
            return "已办理";
        });
    }

    @Guard(resource = Resource.SERVICE_REQUEST, action = Action.ACT)
    @PostMapping("/services/requests/{id}/rating")
    String rate(@PathVariable long id, @RequestParam(required = false) String satisfaction,
                @RequestParam(required = false) String comment, @RequestParam(required = false) Integer version,
                CurrentUser user, RedirectAttributes redirect) {
        return attempt(redirect, id, () -> {
            work.rate(id, satisfaction, comment, version, user);
            return "感谢您的评价";
        });
    }

    @Guard(resource = Resource.SERVICE_REQUEST, action = Action.ACT)
    @PostMapping("/services/requests/{id}/photos")
    String photo(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                 CurrentUser user, RedirectAttributes redirect) throws IOException {
        byte[] content = file == null ? new byte[0] : file.getBytes();
        return attempt(redirect, id, () -> {
            photos.add(id, content, user);
            return "材料照片已上传";
        });
    }

    private static String attempt(RedirectAttributes redirect, long id, Supplier<String> change) {
        try {
            redirect.addFlashAttribute("notice", change.get());
        } catch (BadInputException | ConflictException | ForbiddenException refused) {
            redirect.addFlashAttribute("error", refused.getMessage());
        }
        return "redirect:/services/requests/" + id;
    }
}
