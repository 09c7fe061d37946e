package org.jiceng.volunteer.internal.activity;

import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.volunteer.internal.Volunteers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A community's volunteer teams: made by its staff, led by volunteers with an account, joined by volunteers. */
@Service
public class Teams {

    public record TeamRequest(String communityCode, String name, String kind, String description) {
    }

    public record MemberRequest(Long volunteerId, Boolean leader) {
    }

    public record Member(long volunteerId, String name, String phone, boolean leader, boolean hasAccount) {
    }

    /** A team; {@code members} only for those who may read its volunteers (else the leaders alone). */
    public record TeamView(long id, String communityCode, String name, String kind, String kindName,
                           String description, int memberCount, List<Member> members, boolean mayManage,
                           int version) {
    }

    private final TeamRepository teams;
    private final Volunteers volunteers;
    private final ActivityAccess access;
    private final TerritoryApi territory;

    Teams(TeamRepository teams, Volunteers volunteers, ActivityAccess access, TerritoryApi territory) {
        this.teams = teams;
        this.volunteers = volunteers;
        this.access = access;
        this.territory = territory;
    }

    @Transactional
    public long create(TeamRequest request, CurrentUser user) {
        String community = community(request.communityCode(), territory);
        ActivityAccess.check(user, Resource.VOLUNTEER_TEAM, Action.CREATE, AccessPolicy.Target.at(community));
        String name = Input.text(request.name(), "name", "队伍名称", 2, 40);
        TeamKind kind = Input.oneOf(TeamKind.class, request.kind(), "kind", "队伍类别", TeamKind::label, TeamKind.OTHER);
        String description = Input.optionalText(request.description(), "description", "队伍简介", 500);
        return teams.insert(community, name, kind, description == null ? "" : description, user.id());
    }

    public Page<TeamView> list(CurrentUser user, String community, String after, int limit) {
        Scope scope = AccessPolicy.scope(user, Resource.VOLUNTEER_TEAM, Action.READ);
        List<TeamView> rows = teams.within(scope, user.id(), community, Cursor.idBelow(after), limit + 1).stream()
                .map(t -> view(t, user, false)).toList();
        return Page.byId(rows, limit, TeamView::id);
    }

    public TeamView get(long id, CurrentUser user) {
        return view(readable(id, user), user, true);
    }

    /** Adds a volunteer of the team's community, or makes them leader (the community's staff only) or not. */
    @Transactional
    public TeamView putMember(long teamId, MemberRequest request, CurrentUser user) {
        TeamRepository.TeamRow team = readable(teamId, user);
        ActivityAccess.check(user, Resource.VOLUNTEER_TEAM, Action.UPDATE, access.team(user, team));
        long volunteerId = Input.id(request.volunteerId(), "volunteerId", "志愿者");
        Volunteers.Volunteer volunteer = volunteers.get(volunteerId)
                .filter(v -> v.communityCode().equals(team.communityCode()))
                .orElseThrow(() -> new BadInputException("volunteerId", "志愿者 " + volunteerId + " 不是本社区登记的志愿者"));
        if (!volunteer.active()) {
            throw new ConflictException("志愿者 " + volunteer.name() + " 已退出，不能加入队伍");
        }
        boolean leader = Boolean.TRUE.equals(request.leader());
        boolean wasLeader = teams.members(teamId).stream().anyMatch(m -> m.volunteerId() == volunteerId && m.leader());
        if (leader != wasLeader) {
            // naming a leader hands out ORGANISER: only the community's staff do that, not a leader themselves
            ActivityAccess.check(user, Resource.VOLUNTEER_TEAM, Action.UPDATE, AccessPolicy.Target.at(team.communityCode()));
            if (leader && volunteer.userId() == null) {
                throw new BadInputException("leader", "队长须有登录账号（" + volunteer.name() + " 没有账号）");
            }
        }
        teams.putMember(team.county(), teamId, volunteerId, leader);
        return get(teamId, user);
    }

    @Transactional
    public TeamView removeMember(long teamId, long volunteerId, CurrentUser user) {
        TeamRepository.TeamRow team = readable(teamId, user);
        ActivityAccess.check(user, Resource.VOLUNTEER_TEAM, Action.UPDATE, access.team(user, team));
        boolean leader = teams.members(teamId).stream().anyMatch(m -> m.volunteerId() == volunteerId && m.leader());
        if (leader) {
            ActivityAccess.check(user, Resource.VOLUNTEER_TEAM, Action.UPDATE, AccessPolicy.Target.at(team.communityCode()));
        }
        if (!teams.removeMember(teamId, volunteerId)) {
            throw new NotFoundException("志愿者 " + volunteerId + " 不在该队伍中");
        }
        return get(teamId, user);
    }

    TeamRepository.TeamRow readable(long id, CurrentUser user) {
        return teams.find(id)
                .filter(t -> ActivityAccess.allows(user, Resource.VOLUNTEER_TEAM, Action.READ, access.team(user, t))
                        || teams.leads(user.id(), t.id()))
                .orElseThrow(() -> new NotFoundException("志愿队 " + id + " 不存在或不在您的辖区内"));
    }

    private TeamView view(TeamRepository.TeamRow t, CurrentUser user, boolean withMembers) {
        AccessPolicy.Target target = access.team(user, t);
        boolean seesVolunteers = ActivityAccess.allows(user, Resource.VOLUNTEER, Action.READ, target);
        List<Member> members = !withMembers ? List.of() : teams.members(t.id()).stream()
                .filter(m -> seesVolunteers || m.leader())
                .map(m -> new Member(m.volunteerId(), m.name(), seesVolunteers ? m.phoneMasked() : null, m.leader(),
                        m.userId() != null))
                .toList();
        return new TeamView(t.id(), t.communityCode(), t.name(), t.kind().name(), t.kind().label(), t.description(),
                t.members(), members, ActivityAccess.allows(user, Resource.VOLUNTEER_TEAM, Action.UPDATE, target),
                t.version());
    }

    /** A 12-digit community (village) code that exists. */
    static String community(String code, TerritoryApi territory) {
        if (code == null || Level.ofCode(code.strip()) != Level.VILLAGE) {
            throw new BadInputException("communityCode", "communityCode 须为 12 位村(社区)代码");
        }
        return territory.division(code.strip())
                .orElseThrow(() -> new BadInputException("communityCode", "村(社区) " + code + " 不存在")).code();
    }
}
