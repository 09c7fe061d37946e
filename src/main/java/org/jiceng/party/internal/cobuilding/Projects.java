package org.jiceng.party.internal.cobuilding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.party.NeedStatus;
import org.jiceng.party.NeedView;
import org.jiceng.party.internal.cobuilding.ProjectRepository.Offer;
import org.jiceng.party.internal.cobuilding.ProjectRepository.Project;
import org.jiceng.party.internal.cobuilding.ProjectRepository.Registrant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects (项目清单) the town or the party administrator makes by matching a community's needs with what
 * registered units and members offer, under a lead unit or member, between two dates.
 */
@Service
public class Projects {

    static final int TITLE_MAX = 60;
    static final int TEXT_MAX = 1000;
    static final int MATCH_MAX = 20;

    private final ProjectRepository projects;
    private final NeedRepository needRows;
    private final Needs needs;
    private final Clock clock;

    Projects(ProjectRepository projects, NeedRepository needRows, Needs needs, Clock clock) {
        this.projects = projects;
        this.needRows = needRows;
        this.needs = needs;
        this.clock = clock;
    }

    public record ProjectRequest(String title, List<Long> needIds, List<Long> offerIds, Long leadRegistrationId,
                                 String startsOn, String endsOn) {
    }

    public record ProjectView(long id, String communityCode, String title, long leadRegistrationId, String lead,
                              LocalDate startsOn, LocalDate endsOn, String status, String statusName,
                              List<Long> needIds, List<Long> offerIds) {
    }

    @Transactional
    public long project(ProjectRequest request, CurrentUser user) {
        Scope scope = CoBuildingAccess.where(user, Resource.CO_BUILDING, Action.ACT);
        String title = Input.text(request.title(), "title", "项目名称", 2, TITLE_MAX);
        List<Long> needIds = ids(request.needIds(), "needIds", "需求");
        if (needIds.isEmpty()) {
            throw new BadInputException("needIds", "请至少选择一项需求（needIds）");
        }
        List<Long> offerIds = ids(request.offerIds(), "offerIds", "资源");
        List<NeedView> matched = new ArrayList<>();
        for (long id : needIds) {
            matched.add(needRows.find(id, scope).orElseThrow(() -> Needs.notFound(id)));
        }
        String community = matched.getFirst().communityCode();
        for (NeedView need : matched) {
            if (!need.communityCode().equals(community)) {
                throw new BadInputException("needIds", "一个项目只对接同一个村(社区)的需求");
            }
            if (!need.status().mayBecome(NeedStatus.IN_PROJECT)) {
                throw new ConflictException("需求“" + need.title() + "”" + need.status().label() + "，不能再对接立项");
            }
        }
        for (long id : offerIds) {
            Offer offer = projects.offer(id, scope).orElseThrow(() -> new NotFoundException("资源 " + id + " 不存在或不在您的辖区内"));
            if (!offer.communityCode().equals(community)) {
                throw new BadInputException("offerIds", "资源“" + offer.title() + "”不是向该村(社区)提供的");
            }
            if (!offer.status().equals("OPEN")) {
                throw new ConflictException("资源“" + offer.title() + "”" + Offers.status(offer.status()) + "，不能再对接");
            }
        }
        long leadId = Input.id(request.leadRegistrationId(), "leadRegistrationId", "牵头单位或党员");
        Registrant lead = projects.registrant(leadId, scope)
                .filter(r -> r.communityCode().equals(community))
                .orElseThrow(() -> new BadInputException("leadRegistrationId", "牵头单位或党员须已在该村(社区)报到"));
        LocalDate today = Beijing.today(clock);
        LocalDate startsOn = Input.date(request.startsOn(), "startsOn", "开始日期", today);
        LocalDate endsOn = Input.date(request.endsOn(), "endsOn", "结束日期", null);
        if (endsOn.isBefore(startsOn)) {
            throw new BadInputException("endsOn", "结束日期 " + endsOn + " 早于开始日期 " + startsOn);
        }
        long id = projects.insertProject(community, title, lead.id(), startsOn, endsOn, user.id());
        projects.link(id, community, needIds, offerIds);
        matched.forEach(need -> needs.move(need, NeedStatus.IN_PROJECT, null, null));
        if (!offerIds.isEmpty()) {
            projects.matchOffers(offerIds);
        }
        return id;
    }

    public Page<ProjectView> projects(Scope scope, String after, int limit) {
        return Page.byId(projects.projects(scope, Cursor.idBelow(after), limit + 1).stream().map(this::view).toList(),
                limit, ProjectView::id);
    }

    public ProjectView project(long id, CurrentUser user) {
        return projects.project(id, CoBuildingAccess.reads(user)).map(this::view)
                .orElseThrow(() -> notFound(id));
    }

    /** The project is done: its needs are fulfilled, hours may no longer be reported on it. */
    @Transactional
    public ProjectView finish(long id, CurrentUser user) {
        ProjectView project = project(id, user);
        CoBuildingAccess.check(user, Resource.CO_BUILDING, Action.ACT, project.communityCode());
        if (!projects.finish(id)) {
            throw new ConflictException("项目已结束");
        }
        for (long need : project.needIds()) {
            needRows.find(need, Scope.everything()).filter(n -> n.status() == NeedStatus.IN_PROJECT)
                    .ifPresent(n -> needs.move(n, NeedStatus.FULFILLED, null, null));
        }
        return project(id, user);
    }

    ProjectView view(Project p) {
        return new ProjectView(p.id(), p.communityCode(), p.title(), p.leadRegistrationId(), p.lead(), p.startsOn(),
                p.endsOn(), p.status(), p.status().equals("ACTIVE") ? "进行中" : "已结束", projects.needIds(p.id()),
                projects.offerIds(p.id()));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("项目 " + id + " 不存在或不在您的辖区内");
    }

    private static List<Long> ids(List<Long> given, String field, String label) {
        if (given == null) {
            return List.of();
        }
        if (given.size() > MATCH_MAX) {
            throw new BadInputException(field, "一个项目最多对接 " + MATCH_MAX + " 项" + label);
        }
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        for (Long id : given) {
            ids.add(Input.id(id, field, label + "编号"));
        }
        return List.copyOf(ids);
    }
}
