package org.jiceng.party.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.party.internal.organisation.OrganisationRecords;
import org.jiceng.party.internal.organisation.OrganisationWorkbook;
import org.jiceng.party.web.OrganisationPageModel.ElectForm;
import org.jiceng.party.web.OrganisationPageModel.MeetingForm;
import org.jiceng.party.web.OrganisationPageModel.UnitForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the 组织建设 page beside the tree itself: electing a committee (换届), a 大党委's member units and
 * 联席会议, and the Excel import of organisations.
 */
@Controller
class OrganisationCommitteePageController {

    private final OrganisationPageModel pages;
    private final OrganisationRecords records;
    private final OrganisationWorkbook workbook;

    OrganisationCommitteePageController(OrganisationPageModel pages, OrganisationRecords records,
                                        OrganisationWorkbook workbook) {
        this.pages = pages;
        this.records = records;
        this.workbook = workbook;
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.UPDATE)
    @PostMapping("/party/build/{id}/committee")
    String elect(@PathVariable long id, @ModelAttribute("electForm") ElectForm form, BindingResult result,
                 CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            records.elect(user, id, new OrganisationRecords.Elect(form.version(), form.startsOn(), form.endsOn(),
                    form.secretary(), OrganisationPageModel.names(form.deputies()),
                    OrganisationPageModel.names(form.members())));
            redirect.addFlashAttribute("notice", "已记录新一届委员会");
            return "redirect:/party/build/" + id;
        } catch (BadInputException | ConflictException refused) {
            return OrganisationPageController.refused(refused, result, id, user, model, response, "elect", pages);
        }
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.UPDATE)
    @PostMapping("/party/build/{id}/units")
    String addUnit(@PathVariable long id, @ModelAttribute("unitForm") UnitForm form, BindingResult result,
                   CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            records.addUnit(user, id, new OrganisationRecords.NewUnit(form.unitName(), form.duty(), form.joinedOn()));
            redirect.addFlashAttribute("notice", "已加入成员单位");
            return "redirect:/party/build/" + id;
        } catch (BadInputException | ConflictException refused) {
            return OrganisationPageController.refused(refused, result, id, user, model, response, "unit", pages);
        }
    }

    @Guard(resource = Resource.PARTY_ORG, action = Action.UPDATE)
    @PostMapping("/party/build/{id}/meetings")
    String addMeeting(@PathVariable long id, @ModelAttribute("meetingForm") MeetingForm form, BindingResult result,
                      CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            records.addMeeting(user, id, new OrganisationRecords.NewMeeting(form.heldOn(), form.topic(), form.attendees(),
                    form.decisions()));
            redirect.addFlashAttribute("notice", "已记录联席会议");
            return "redirect:/party/build/" + id;
        } catch (BadInputException | ConflictException refused) {
            return OrganisationPageController.refused(refused, result, id, user, model, response, "meeting", pages);
        }
    }

    @Guard(resource = Resource.PARTY_FILE, action = Action.IMPORT)
    @PostMapping("/party/build/import")
    String importRows(@RequestParam("file") MultipartFile file, CurrentUser user, Model model,
                      HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        try {
            if (file.isEmpty()) {
                throw new BadInputException("file", "请选择要导入的 Excel 文件");
            }
            var imported = workbook.importRows(user, file.getInputStream());
            redirect.addFlashAttribute("notice", "已导入党组织 " + imported.created().size() + " 个");
            return "redirect:/party/build";
        } catch (BadInputException refused) {
            response.setStatus(400);
            model.addAttribute("importError", refused.getMessage());
            return pages.start(user, model);
        }
    }
}
