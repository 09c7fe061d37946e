package org.jiceng.assessment.internal.project;

import static org.jiceng.Resource.LIVELIHOOD_PROJECT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.Fen;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.territory.UnitView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 民生实事 and 书记项目 (seeds 000, 003, 004): planned by the place that carries them (or the town or county above),
 * with milestones and a budget, carried where named by a department, reported by progress, spending and evidence,
 * and — once published — shown on the residents' progress board.
 */
@Service
public class LivelihoodProjects {

    private final LivelihoodProjectRepository projects;
    private final Supervision supervision;
    private final TerritoryApi territory;
    private final Clock clock;

    LivelihoodProjects(LivelihoodProjectRepository projects, Supervision supervision, TerritoryApi territory, Clock clock) {
        this.projects = projects;
        this.supervision = supervision;
        this.territory = territory;
        this.clock = clock;
    }

    /** {@code kind}: LIVELIHOOD (民生实事) or SECRETARY (书记项目); money in yuan as typed, kept in fen. */
    public record Request(String territory, String kind, String title, String description, String budgetYuan,
                          Long unitId, Boolean published) {
    }

    /** A change of the plan; absent fields stay as they are; {@code unitId} 0 takes the department off. */
    public record Change(String title, String description, String budgetYuan, Long unitId, Boolean published,
                         Integer version) {
    }

    /** A report of progress: percent done, spent so far (yuan), status PLANNED, UNDERWAY or DONE. */
    public record Progress(Integer progress, String spentYuan, String status, Integer version) {
    }

    public record Milestone(String title, String dueOn) {
    }

    public record Done(String doneOn, String note) {
    }

    public record Detail(ProjectView project, List<MilestoneView> milestones, List<EvidenceView> evidence,
                         List<SupervisionView> supervision) {
    }

    @Transactional
    public long create(Request r, CurrentUser user) {
        String place = Input.text(r.territory(), "territory", "承办地", 6, 15);
        if (Level.ofCode(place) == null) {
            throw new BadInputException("territory", "承办地须为县、乡镇（街道）或村（社区）代码");
        }
        AccessPolicy.check(user, LIVELIHOOD_PROJECT, Action.CREATE, AccessPolicy.Target.at(place));
        String kind = r.kind() == null || r.kind().isBlank() ? "LIVELIHOOD" : r.kind().strip();
        if (!kind.equals("LIVELIHOOD") && !kind.equals("SECRETARY")) {
            throw new BadInputException("kind", "类别须为 LIVELIHOOD（民生实事）或 SECRETARY（书记项目）");
        }
        String title = Input.text(r.title(), "title", "项目名称", 1, 80);
        String description = text(r.description());
        long budget = Fen.parse("budgetYuan", r.budgetYuan());
        UnitView unit = unit(r.unitId(), place);
        return projects.insert(place, kind, title, description, budget, unit == null ? null : unit.id(),
                unit == null ? null : unit.name(), Boolean.TRUE.equals(r.published()), user.id(), clock.instant());
    }

    @Transactional
    public Detail change(long id, Change c, CurrentUser user) {
        ProjectView p = find(id, user, Action.UPDATE);
        UnitView unit = c.unitId() == null ? null : unit(c.unitId() == 0 ? null : c.unitId(), p.territoryCode());
        Long unitId = c.unitId() == null ? p.unitId() : unit == null ? null : unit.id();
        String unitName = c.unitId() == null ? p.unitName() : unit == null ? null : unit.name();
        ProjectView changed = new ProjectView(p.id(), p.territoryCode(), p.kind(),
                c.title() == null ? p.title() : Input.text(c.title(), "title", "项目名称", 1, 80),
                c.description() == null ? p.description() : text(c.description()),
                c.budgetYuan() == null ? p.budgetFen() : Fen.parse("budgetYuan", c.budgetYuan()), p.spentFen(),
                unitId, unitName, p.progress(), p.status(), c.published() == null ? p.published() : c.published(),
                p.createdAt(), p.version());
        save(changed, c.version());
        return detail(id, user);
    }

    @Transactional
    public Detail progress(long id, Progress r, CurrentUser user) {
        ProjectView p = find(id, user, Action.ACT);
        int progress = r.progress() == null ? p.progress() : r.progress();
        if (progress < 0 || progress > 100) {
            throw new BadInputException("progress", "进度须为 0 到 100 之间的整数（百分比）");
        }
        long spent = r.spentYuan() == null || r.spentYuan().isBlank() ? p.spentFen() : Fen.parse("spentYuan", r.spentYuan());
        String status = r.status() == null || r.status().isBlank() ? (progress == 0 ? p.status() : "UNDERWAY")
                : r.status().strip();
        if (!List.of("PLANNED", "UNDERWAY", "DONE").contains(status)) {
            throw new BadInputException("status", "状态须为 PLANNED（计划中）、UNDERWAY（实施中）或 DONE（已完成）");
        }
        if (status.equals("DONE") && (progress != 100
                || projects.milestones(p).stream().anyMatch(m -> m.doneOn() == null))) {
            throw new ConflictException("进度须为 100% 且各节点均已完成，项目才能标记为已完成");
        }
        save(new ProjectView(p.id(), p.territoryCode(), p.kind(), p.title(), p.description(), p.budgetFen(), spent,
                p.unitId(), p.unitName(), progress, status, p.published(), p.createdAt(), p.version()), r.version());
        return detail(id, user);
    }

    @Transactional
    public long addMilestone(long id, Milestone m, CurrentUser user) {
        ProjectView p = find(id, user, Action.UPDATE);
        String title = Input.text(m.title(), "title", "节点名称", 1, 80);
        LocalDate due = Input.date(m.dueOn(), "dueOn", "完成期限", null);
        return projects.addMilestone(p, title, due);
    }

    /** A milestone done, saying how; its supervision item, if any, is cleared with it. */
    @Transactional
    public Detail completeMilestone(long id, long milestoneId, Done d, CurrentUser user) {
        ProjectView p = find(id, user, Action.ACT);
        MilestoneView milestone = projects.milestones(p).stream().filter(m -> m.id() == milestoneId).findFirst()
                .orElseThrow(() -> new NotFoundException("节点 " + milestoneId + " 不属于该项目"));
        if (milestone.doneOn() != null) {
            throw new ConflictException("该节点已于 " + milestone.doneOn() + " 完成");
        }
        LocalDate today = Beijing.today(clock);
        LocalDate on = Input.date(d.doneOn(), "doneOn", "完成日期", today);
        if (on.isAfter(today)) {
            throw new BadInputException("doneOn", "完成日期不能晚于今天");
        }
        String note = Input.text(d.note(), "note", "完成情况", 1, 500);
        if (!projects.completeMilestone(p, milestoneId, on, note)) {
            // someone else marked it done between our read and this update
            throw new ConflictException("该节点刚刚已被他人标记完成，请刷新后查看");
        }
        supervision.clearDone();
        return detail(id, user);
    }

    public Detail detail(long id, CurrentUser user) {
        ProjectView p = find(id, user, Action.READ);
        return new Detail(p, projects.milestones(p), projects.evidence(p), supervision.ofProject(p));
    }

    /** The project if the user may do {@code action} to it; 404 otherwise, as if it were not there. */
    public ProjectView find(long id, CurrentUser user, Action action) {
        return projects.find(id, ProjectAccess.reach(user, action, true))
                .filter(p -> AccessPolicy.allows(user, LIVELIHOOD_PROJECT, action, ProjectAccess.target(p, user)))
                .orElseThrow(() -> new NotFoundException("项目 " + id + " 不存在或不在您的辖区内"));
    }

    /** LivelihoodProjects the user may read at {@code place} and below (anywhere when null); a resident only published ones. */
    public Page<ProjectView> list(CurrentUser user, String place, boolean publishedOnly, String after, int limit) {
        var reach = ProjectAccess.reach(user, Action.READ, true);
        boolean onlyPublished = publishedOnly || (reach.scope().isEmpty() && reach.unit() < 0);
        return Page.byId(projects.within(reach, place, onlyPublished, Cursor.idAbove(after), limit + 1), limit,
                ProjectView::id);
    }

    public List<MilestoneView> milestones(ProjectView p) {
        return projects.milestones(p);
    }

    public LocalDate today() {
        return Beijing.today(clock);
    }

    void save(ProjectView p, Integer version) {
        if (!projects.update(p, version == null ? p.version() : version)) {
            throw new ConflictException("项目已被他人修改，请刷新后重试");
        }
    }

    private UnitView unit(Long unitId, String place) {
        if (unitId == null) {
            return null;
        }
        UnitView unit = territory.unit(unitId)
                .filter(u -> u.territoryCode().startsWith(place.substring(0, 6)))
                .orElseThrow(() -> new BadInputException("unitId", "本县没有编号为 " + unitId + " 的责任单位"));
        return unit;
    }

    private static String text(String description) {
        String d = Input.optionalText(description, "description", "项目内容", 2000);
        return d == null ? "" : d;
    }
}
