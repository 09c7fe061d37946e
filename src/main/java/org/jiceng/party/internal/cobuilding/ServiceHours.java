package org.jiceng.party.internal.cobuilding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.party.ServiceRecorded;
import org.jiceng.party.internal.cobuilding.HoursRepository.Hours;
import org.jiceng.party.internal.cobuilding.ProjectRepository.Project;
import org.jiceng.party.internal.cobuilding.ProjectRepository.Registrant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hours served on a co-building project: a member reports their own (on a phone, with photos), staff report a
 * unit's; the community confirms them, which writes the registration's service record and publishes
 * {@link ServiceRecorded} for the volunteer module, or returns them with a reason.
 */
@Service
public class ServiceHours {

    static final int MINUTES_PER_DAY = 24 * 60;
    static final int TEXT_MAX = 500;
    static final int PHOTOS_MAX = 9;

    private final HoursRepository hours;
    private final ProjectRepository projects;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ServiceHours(HoursRepository hours, ProjectRepository projects, ApplicationEventPublisher events, Clock clock) {
        this.hours = hours;
        this.projects = projects;
        this.events = events;
        this.clock = clock;
    }

    /** {@code registrationId} names the unit or member served; a member reporting their own may leave it out. */
    public record HoursRequest(Long registrationId, String servedOn, Integer minutes, String description,
                               List<String> photoIds) {
    }

    public record HoursView(long id, long projectId, String projectTitle, long registrationId, String registrant,
                            LocalDate servedOn, int minutes, String description, int photos, String status,
                            String statusName, String reason) {
        static HoursView of(Hours h) {
            return new HoursView(h.id(), h.projectId(), h.projectTitle(), h.registrationId(), h.registrant(),
                    h.servedOn(), h.minutes(), h.description(), h.photoIds().size(), h.status(),
                    switch (h.status()) {
                        case "REPORTED" -> "待确认";
                        case "CONFIRMED" -> "已确认";
                        default -> "已退回";
                    }, h.reason());
        }
    }

    @Transactional
    public long report(long projectId, HoursRequest request, CurrentUser user) {
        Project project = projects.projectAnywhere(projectId).orElseThrow(() -> Projects.notFound(projectId));
        Registrant registrant = CoBuildingAccess.allows(user, Resource.SERVICE_HOURS, Action.CREATE, project.communityCode())
                ? registrant(project, request.registrationId(), user)
                : own(project, request.registrationId(), user);
        if (!project.status().equals("ACTIVE")) {
            throw new ConflictException("项目“" + project.title() + "”已结束，不能再填报服务时长");
        }
        LocalDate today = Beijing.today(clock);
        LocalDate servedOn = Input.date(request.servedOn(), "servedOn", "服务日期", today);
        if (servedOn.isAfter(today)) {
            throw new BadInputException("servedOn", "服务日期 " + servedOn + " 不能晚于今天");
        }
        if (servedOn.isBefore(project.startsOn()) || servedOn.isAfter(project.endsOn())) {
            throw new BadInputException("servedOn", "服务日期须在项目期间（" + project.startsOn() + " 至 " + project.endsOn() + "）");
        }
        Integer minutes = request.minutes();
        if (minutes == null || minutes <= 0 || minutes > MINUTES_PER_DAY) {
            throw new BadInputException("minutes", "服务时长（minutes）须为 1 到 " + MINUTES_PER_DAY + " 之间的分钟数");
        }
        String description = Input.text(request.description(), "description", "服务内容", 1, TEXT_MAX);
        return hours.insert(project, registrant.id(), servedOn, minutes, description, photos(request.photoIds()),
                user.id());
    }

    public List<HoursView> ofProject(long projectId, CurrentUser user) {
        Project project = projects.projectAnywhere(projectId).orElseThrow(() -> Projects.notFound(projectId));
        if (CoBuildingAccess.allows(user, Resource.SERVICE_HOURS, Action.READ, project.communityCode())) {
            return hours.ofProject(projectId, null).stream().map(HoursView::of).toList();
        }
        boolean member = user.partyMemberId() != null
                && projects.registrantOfMember(user.partyMemberId(), project.communityCode()).isPresent()
                && AccessPolicy.relations(user, Resource.SERVICE_HOURS, Action.READ).contains(Relation.OWN);
        if (!member) {
            throw Projects.notFound(projectId);
        }
        return hours.ofProject(projectId, user.partyMemberId()).stream().map(HoursView::of).toList();
    }

    public List<HoursView> waiting(CurrentUser user) {
        return hours.waiting(CoBuildingAccess.where(user, Resource.SERVICE_HOURS, Action.ACT), 200).stream()
                .map(HoursView::of).toList();
    }

    @Transactional
    public HoursView confirm(long id, CurrentUser user) {
        Hours reported = decidable(id, user);
        long record = hours.insertServiceRecord(reported);
        if (!hours.confirm(id, user.id(), record)) {
            throw new ConflictException("该服务时长已被处理，请刷新后查看");
        }
        events.publishEvent(new ServiceRecorded(record, reported.communityCode(), reported.memberId(),
                reported.servedOn(), reported.minutes()));
        return HoursView.of(hours.find(id).orElseThrow());
    }

    @Transactional
    public HoursView giveBack(long id, String reason, CurrentUser user) {
        decidable(id, user);
        String why = Input.text(reason, "reason", "退回原因", 2, TEXT_MAX);
        if (!hours.giveBack(id, user.id(), why)) {
            throw new ConflictException("该服务时长已被处理，请刷新后查看");
        }
        return HoursView.of(hours.find(id).orElseThrow());
    }

    private Hours decidable(long id, CurrentUser user) {
        Hours found = hours.find(id)
                .filter(h -> CoBuildingAccess.allows(user, Resource.SERVICE_HOURS, Action.READ, h.communityCode()))
                .orElseThrow(() -> new NotFoundException("服务时长 " + id + " 不存在或不在您的辖区内"));
        CoBuildingAccess.check(user, Resource.SERVICE_HOURS, Action.ACT, found.communityCode());
        if (!found.status().equals("REPORTED")) {
            throw new ConflictException("该服务时长" + HoursView.of(found).statusName() + "，不能再处理");
        }
        return found;
    }

    /**
     * Without a right over the community's hours, only a member's own: their registration with the project's
     * community. Checked before the request is read, so a project one may not see is a 404 whatever was sent.
     */
    private Registrant own(Project project, Long registrationId, CurrentUser user) {
        boolean mayOwn = AccessPolicy.relations(user, Resource.SERVICE_HOURS, Action.CREATE).contains(Relation.OWN);
        Registrant own = mayOwn && user.partyMemberId() != null
                ? projects.registrantOfMember(user.partyMemberId(), project.communityCode()).orElse(null) : null;
        if (own == null) {
            if (!CoBuildingAccess.allows(user, Resource.CO_BUILDING, Action.READ, project.communityCode())) {
                throw Projects.notFound(project.id());
            }
            throw AccessPolicy.refusal(Resource.SERVICE_HOURS, Action.CREATE);
        }
        if (registrationId != null && registrationId != own.id()) {
            throw AccessPolicy.refusal(Resource.SERVICE_HOURS, Action.CREATE);
        }
        AccessPolicy.check(user, Resource.SERVICE_HOURS, Action.CREATE,
                AccessPolicy.Target.at(project.communityCode()).with(Relation.OWN));
        return own;
    }

    /** The unit or member served: named, or the member's own registration with the project's community. */
    private Registrant registrant(Project project, Long registrationId, CurrentUser user) {
        if (registrationId == null) {
            if (user.partyMemberId() == null) {
                throw new BadInputException("registrationId", "请选择服务的报到单位或党员（registrationId）");
            }
            return projects.registrantOfMember(user.partyMemberId(), project.communityCode())
                    .orElseThrow(() -> new BadInputException("registrationId", "您尚未到该村(社区)报到，请先办理双报到"));
        }
        long id = Input.id(registrationId, "registrationId", "报到单位或党员");
        return projects.registrant(id, org.jiceng.Scope.of(project.communityCode()))
                .orElseThrow(() -> new BadInputException("registrationId", "该单位或党员未在项目所在村(社区)报到"));
    }

    /** Photo ids as the attachments upload gave them; a page sends them comma-joined. */
    static List<String> photos(List<String> given) {
        if (given == null) {
            return List.of();
        }
        List<String> ids = given.stream().flatMap(g -> g == null ? java.util.stream.Stream.empty()
                : java.util.Arrays.stream(g.split(","))).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (ids.size() > PHOTOS_MAX) {
            throw new BadInputException("photoIds", "每次最多附 " + PHOTOS_MAX + " 张照片");
        }
        if (ids.stream().anyMatch(s -> !s.matches("[A-Za-z0-9_-]{1,64}"))) {
            throw new BadInputException("photoIds", "照片编号（photoIds）不正确，请重新上传照片");
        }
        return ids;
    }
}
