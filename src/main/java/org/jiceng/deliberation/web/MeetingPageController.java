package org.jiceng.deliberation.web;

import org.jiceng.Beijing;
import org.jiceng.Cursor;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.time.Clock;
import java.time.LocalDate;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jiceng.FormErrors;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.deliberation.MeetingKind;
import org.jiceng.deliberation.MeetingView;
import org.jiceng.deliberation.ResolutionView;
import org.jiceng.deliberation.TopicStep;
import org.jiceng.deliberation.TopicView;
import org.jiceng.deliberation.internal.MeetingResolutionService;
import org.jiceng.deliberation.internal.MeetingService;
import org.jiceng.deliberation.internal.NoticeService;
import org.jiceng.deliberation.internal.DeliberationAccess;
import org.jiceng.deliberation.internal.TopicService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Meeting pages: the list with the coming ones and the 楼长日 series, and one meeting from agenda to cases. */
@Controller
class MeetingPageController {

    private final MeetingService meetings;
    private final MeetingResolutionService resolutions;
    private final TopicService topics;
    private final Clock clock;

    MeetingPageController(MeetingService meetings, MeetingResolutionService resolutions, TopicService topics, Clock clock) {
        this.clock = clock;
        this.meetings = meetings;
        this.resolutions = resolutions;
        this.topics = topics;
    }

    @Guard(resource = Resource.MEETING, action = Action.READ)
    @GetMapping("/meetings")
    String list(@RequestParam(required = false) String after, CurrentUser user, Model model) {
        LocalDate today = Beijing.today(clock);
        model.addAttribute("coming", meetings.from(user, today, 12));
        var page = meetings.list(user, null, null, after == null ? Cursor.of(today.minusDays(1), Long.MAX_VALUE) : after, 30);
        model.addAttribute("past", page.items());
        model.addAttribute("next", page.next());
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("kindChoices", FormErrors.choices(MeetingKind.values(), MeetingKind::label));
        model.addAttribute("today", today);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new MeetingForm(null, null, today.toString(), "08:30", null));
        }
        if (!model.containsAttribute("scheduleForm")) {
            model.addAttribute("scheduleForm", new ScheduleForm(today.toString(), 6, "15:00", null));
        }
        model.addAttribute("mayHold", !DeliberationAccess.scope(user, Resource.MEETING, Action.CREATE).isEmpty());
        return "deliberation/meetings";
    }

    @Guard(resource = Resource.MEETING, action = Action.CREATE)
    @PostMapping("/meetings")
    String create(@ModelAttribute("form") MeetingForm form, BindingResult result, CurrentUser user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        MeetingView meeting;
        try {
            meeting = meetings.create(user, new MeetingService.MeetingRequest(form.kind(), form.title(), null,
                    form.heldOn(), form.startTime(), form.place()));
        } catch (BadInputException refused) {
            response.setStatus(400);
            FormErrors.reject(result, refused);
            model.addAttribute("meetingRefused", true);
            return list(null, user, model);
        }
        redirect.addFlashAttribute("notice", "会议已安排");
        return "redirect:/meetings/" + meeting.id();
    }

    /** A year's 楼长日 to put in the calendar (the first Friday of each month), kept as typed when refused. */
    record ScheduleForm(String from, Integer months, String startTime, String place) {
    }

    @Guard(resource = Resource.MEETING, action = Action.CREATE)
    @PostMapping("/meetings/schedule")
    String schedule(@RequestParam(required = false) String kind, @ModelAttribute("scheduleForm") ScheduleForm form,
                    BindingResult result, CurrentUser user, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        MeetingService.Series series;
        try {
            series = meetings.schedule(user, new MeetingService.ScheduleRequest(kind, null, null, form.from(), form.months(),
                    null, null, form.startTime(), form.place()));
        } catch (BadInputException refused) {
            response.setStatus(400);
            FormErrors.reject(result, refused);
            model.addAttribute("scheduleRefused", true);
            return list(null, user, model);
        }
        redirect.addFlashAttribute("notice", "已安排 " + series.meetings().size() + " 次" + series.meetings().getFirst().kindLabel()
                + "（每月第一个周五）");
        return "redirect:/meetings";
    }

    @Guard(resource = Resource.MEETING, action = Action.READ)
    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable long id, CurrentUser user, Model model) {
        MeetingView meeting = meetings.get(user, id);
        List<MeetingService.AgendaItem> agenda = meetings.agenda(user, id);
        List<ResolutionView> decided = resolutions.ofMeeting(user, id);
        boolean staff = DeliberationAccess.may(user, Resource.MEETING, Action.UPDATE, meeting.territoryCode());
        model.addAttribute("meeting", meeting);
        model.addAttribute("agenda", agenda);
        model.addAttribute("attendees", meetings.attendees(user, id));
        model.addAttribute("resolutions", decided);
        model.addAttribute("progress", decided.stream().collect(Collectors.toMap(ResolutionView::id,
                r -> resolutions.progress(user, r))));
        model.addAttribute("agendaTopics", agenda.stream().filter(i -> i.topicId() != null).toList());
        model.addAttribute("staff", staff);
        model.addAttribute("open", staff && !meeting.held() ? openTopics(user, meeting, agenda) : List.of());
        model.addAttribute("mayPublish", meeting.territoryCode().length() == 12
                && DeliberationAccess.may(user, Resource.NOTICE, Action.CREATE, meeting.territoryCode()));
        model.addAttribute("today", Beijing.today(clock));
        return "deliberation/meeting";
    }

    /** Topics of the meeting's place that may still go on its agenda and are not on it yet. */
    private List<TopicView> openTopics(CurrentUser user, MeetingView meeting, List<MeetingService.AgendaItem> agenda) {
        Map<Long, Boolean> on = agenda.stream().filter(i -> i.topicId() != null)
                .collect(Collectors.toMap(MeetingService.AgendaItem::topicId, i -> true, (a, b) -> a));
        return java.util.stream.Stream.of(TopicStep.COLLECTED, TopicStep.CONFIRMED, TopicStep.DELIBERATING)
                .flatMap(step -> topics.list(user, meeting.territoryCode(), step, null, 100).items().stream())
                .filter(t -> !on.containsKey(t.id()))
                .sorted(java.util.Comparator.comparing(TopicView::id).reversed())
                .collect(Collectors.toMap(TopicView::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new))
                .values().stream().toList();
    }

    @Guard(resource = Resource.MEETING, action = Action.UPDATE)
    @PostMapping("/meetings/{id}/agenda")
    String agenda(@PathVariable long id, @RequestParam(required = false) Long topicId,
                  @RequestParam(required = false) String title, CurrentUser user, RedirectAttributes redirect) {
        meetings.addToAgenda(user, id, new MeetingService.AgendaRequest(topicId, title));
        redirect.addFlashAttribute("notice", "已列入议程");
        return "redirect:/meetings/" + id + "#agenda";
    }

    @Guard(resource = Resource.MEETING, action = Action.UPDATE)
    @PostMapping("/meetings/{id}/attendance")
    String attendance(@PathVariable long id, @RequestParam(required = false) String name,
                      @RequestParam(required = false) String role, CurrentUser user, RedirectAttributes redirect) {
        meetings.addAttendance(user, id, new MeetingService.AttendanceRequest(
                List.of(new MeetingService.AttendeeRequest(name, role))));
        redirect.addFlashAttribute("notice", "已登记到会：" + name);
        return "redirect:/meetings/" + id + "#attendance";
    }

    @Guard(resource = Resource.MEETING, action = Action.UPDATE)
    @PostMapping("/meetings/{id}/minutes")
    String minutes(@PathVariable long id, @RequestParam(required = false) String text,
                   @RequestParam(required = false) Integer version, CurrentUser user, RedirectAttributes redirect) {
        meetings.recordMinutes(user, id, new MeetingService.MinutesRequest(text, version));
        redirect.addFlashAttribute("notice", "会议纪要已保存");
        return "redirect:/meetings/" + id + "#minutes";
    }

    @Guard(resource = Resource.MEETING, action = Action.UPDATE)
    @PostMapping("/meetings/{id}/resolutions")
    String resolve(@PathVariable long id, @RequestParam(required = false) String text,
                   @RequestParam(required = false) Long topicId, CurrentUser user, RedirectAttributes redirect) {
        resolutions.record(user, id, new MeetingResolutionService.ResolutionRequest(text, topicId));
        redirect.addFlashAttribute("notice", "决议已登记");
        return "redirect:/meetings/" + id + "#resolutions";
    }

    @Guard(resource = Resource.MEETING, action = Action.UPDATE)
    @PostMapping("/resolutions/{id}/cases")
    String openCase(@PathVariable long id, @RequestParam(required = false) String categoryCode,
                    @RequestParam(required = false) String categoryCodeTyped, @RequestParam(required = false) String description,
                    @RequestParam(required = false) String address, CurrentUser user, RedirectAttributes redirect) {
        String category = categoryCode == null || categoryCode.isBlank() ? categoryCodeTyped : categoryCode;
        if (category == null || category.isBlank()) {
            throw new BadInputException("请选择案件分类");
        }
        var filed = resolutions.openCase(user, id, new MeetingResolutionService.CaseRequest(category.strip(), description,
                null, null, address));
        redirect.addFlashAttribute("notice", "已交办案件 " + filed.number());
        return "redirect:/meetings/" + resolutions.get(user, id).meetingId() + "#resolution-" + id;
    }

    @Guard(resource = Resource.NOTICE, action = Action.CREATE)
    @PostMapping("/resolutions/{id}/notice")
    String publish(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        resolutions.publish(user, id, new NoticeService.PublishRequest(null, null, null));
        redirect.addFlashAttribute("notice", "决议已在公示栏公示 " + 7 + " 天");
        return "redirect:/meetings/" + resolutions.get(user, id).meetingId() + "#resolution-" + id;
    }
}
