package org.jiceng.volunteer.internal.activity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.ResidentView;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.volunteer.internal.Volunteers;
import org.jiceng.volunteer.internal.Volunteers.Volunteer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing up as a volunteer: a resident for themselves (linked to the register through their account's resident,
 * where the account has one), or the community's staff for someone without a phone (no account).
 */
@Service
public class VolunteerRegistry {

    static final int SKILLS_MAX = 10;

    /** {@code residentId}: the register's resident, when staff register someone on it. */
    public record VolunteerRequest(String communityCode, String name, String phone, List<String> skills,
                                   String availability, Long residentId) {
    }

    public record VolunteerChange(List<String> skills, String availability, Integer version) {
    }

    public record VolunteerView(long id, String communityCode, String name, String phone, boolean hasAccount,
                                boolean onRegister, List<String> skills, String availability, String status,
                                int version) {
        static VolunteerView of(Volunteer v) {
            return new VolunteerView(v.id(), v.communityCode(), v.name(), v.phoneMasked(), v.userId() != null,
                    v.residentId() != null, v.skills(), v.availability(), v.status(), v.version());
        }
    }

    private final Volunteers volunteers;
    private final PeopleApi people;
    private final TerritoryApi territory;
    private final ActivityAccess access;

    VolunteerRegistry(Volunteers volunteers, PeopleApi people, TerritoryApi territory, ActivityAccess access) {
        this.volunteers = volunteers;
        this.people = people;
        this.territory = territory;
        this.access = access;
    }

    /** Whether the person signs up themselves (a resident) rather than registering someone else (staff). */
    static boolean forThemselves(CurrentUser user) {
        return user.hasAny(Role.RESIDENT, Role.HOUSEHOLD_CHIEF)
                && AccessPolicy.scope(user, Resource.VOLUNTEER, Action.READ).isEmpty();
    }

    @Transactional
    public long register(VolunteerRequest request, CurrentUser user) {
        List<String> skills = skills(request.skills());
        String availability = Optional.ofNullable(Input.optionalText(request.availability(), "availability",
                "可服务时间", 200)).orElse("");
        if (forThemselves(user)) {
            if (volunteers.byUser(user.id()).isPresent()) {
                throw new ConflictException("您已登记为志愿者");
            }
            Optional<ResidentView> resident = user.residentId() == null ? Optional.empty()
                    : people.resident(user.residentId(), Scope.everything());
            String community = resident.map(r -> r.territoryCode().substring(0, 12))
                    .orElseGet(() -> Teams.community(request.communityCode(), territory));
            AccessPolicy.check(user, Resource.VOLUNTEER, Action.CREATE, AccessPolicy.Target.at(community));
            String name = resident.map(ResidentView::name)
                    .orElseGet(() -> Input.text(request.name() == null ? user.displayName() : request.name(), "name",
                            "姓名", 1, 40));
            return volunteers.register(new Volunteers.NewVolunteer(community, user.id(),
                    resident.map(ResidentView::id).orElse(null), name, request.phone(), skills, availability));
        }
        String community = Teams.community(request.communityCode(), territory);
        AccessPolicy.check(user, Resource.VOLUNTEER, Action.CREATE, AccessPolicy.Target.at(community));
        Long residentId = null;
        String name = Input.text(request.name(), "name", "姓名", 1, 40);
        if (request.residentId() != null) {
            ResidentView resident = people.resident(request.residentId(), Scope.of(community))
                    .orElseThrow(() -> new BadInputException("residentId", "居民 " + request.residentId()
                            + " 不在本社区的人口登记中"));
            if (volunteers.byResident(resident.id()).isPresent()) {
                throw new ConflictException(resident.name() + " 已登记为志愿者");
            }
            residentId = resident.id();
            name = resident.name();
        }
        return volunteers.register(new Volunteers.NewVolunteer(community, null, residentId, name, request.phone(),
                skills, availability));
    }

    public Page<VolunteerView> list(CurrentUser user, String community, String after, int limit) {
        Scope scope = AccessPolicy.scope(user, Resource.VOLUNTEER, Action.READ);
        List<VolunteerView> rows = new ArrayList<>(volunteers.within(scope, community, Cursor.idBelow(after), limit + 1)
                .stream().map(VolunteerView::of).toList());
        if (scope.isEmpty() && after == null) {
            mine(user).ifPresent(rows::add);
        }
        return Page.byId(rows, limit, VolunteerView::id);
    }

    public Optional<VolunteerView> mine(CurrentUser user) {
        return volunteers.byUser(user.id()).map(VolunteerView::of);
    }

    public VolunteerView get(long id, CurrentUser user) {
        return VolunteerView.of(readable(id, user));
    }

    @Transactional
    public VolunteerView change(long id, VolunteerChange change, CurrentUser user) {
        Volunteer v = readable(id, user);
        AccessPolicy.check(user, Resource.VOLUNTEER, Action.UPDATE, access.volunteer(user, v));
        int version = change.version() == null ? v.version() : change.version();
        String availability = Optional.ofNullable(Input.optionalText(change.availability(), "availability",
                "可服务时间", 200)).orElse(v.availability());
        List<String> skills = change.skills() == null ? v.skills() : skills(change.skills());
        if (!volunteers.update(id, version, skills, availability)) {
            throw new ConflictException("该志愿者信息刚被他人修改，请刷新后再试");
        }
        return get(id, user);
    }

    Volunteer readable(long id, CurrentUser user) {
        return volunteers.get(id)
                .filter(v -> AccessPolicy.allows(user, Resource.VOLUNTEER, Action.READ, access.volunteer(user, v)))
                .orElseThrow(() -> new NotFoundException("志愿者 " + id + " 不存在或不在您的辖区内"));
    }

    private static List<String> skills(List<String> asked) {
        if (asked == null) {
            return List.of();
        }
        LinkedHashSet<String> skills = new LinkedHashSet<>();
        for (String s : asked) {
            skills.add(Input.text(s, "skills", "特长", 1, 20));
        }
        if (skills.size() > SKILLS_MAX) {
            throw new BadInputException("skills", "特长最多 " + SKILLS_MAX + " 项");
        }
        return List.copyOf(skills);
    }
}
