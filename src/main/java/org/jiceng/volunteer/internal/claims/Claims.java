package org.jiceng.volunteer.internal.claims;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Relation;
import org.jiceng.Resource;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.party.CoBuildingApi;
import org.jiceng.party.NeedKind;
import org.jiceng.party.NeedView;
import org.jiceng.territory.Level;
import org.jiceng.volunteer.internal.Volunteers;
import org.jiceng.volunteer.internal.claims.ClaimViews.Claim;
import org.jiceng.volunteer.internal.claims.ClaimViews.Spot;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 认领: a community publishes green spaces and other public spots; its volunteers claim one, or a 微心愿 of the
 * party module's needs list (marked claimed there), carry it out, report with photos, and the community confirms
 * (a 微心愿 is then marked fulfilled there; a spot opens for the next claim).
 */
@Service
public class Claims {

    private final ClaimRepository repository;
    private final CoBuildingApi coBuilding;
    private final Volunteers volunteers;
    private final Clock clock;

    Claims(ClaimRepository repository, CoBuildingApi coBuilding, Volunteers volunteers, Clock clock) {
        this.repository = repository;
        this.coBuilding = coBuilding;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    public record SpotRequest(String communityCode, String kind, String name, String description) {
    }

    /** A claim of one spot ({@code spotId}) or one 微心愿 ({@code needId}). */
    public record ClaimRequest(Long spotId, Long needId, String note) {
    }

    public record ReportRequest(String report) {
    }

    @Transactional
    public Spot publishSpot(SpotRequest request, CurrentUser user) {
        String community = community(request.communityCode());
        AccessPolicy.check(user, Resource.CLAIM, Action.MANAGE, AccessPolicy.Target.at(community));
        String kind = request.kind() == null || request.kind().isBlank() ? "GREEN_SPACE" : request.kind().strip();
        if (!kind.equals("GREEN_SPACE") && !kind.equals("PUBLIC_SPOT")) {
            throw new BadInputException("kind", "类别（kind）须为 GREEN_SPACE 绿地 或 PUBLIC_SPOT 公共点位");
        }
        String name = Input.text(request.name(), "name", "名称", 1, 60);
        String description = Input.optionalText(request.description(), "description", "说明", 500);
        long id = repository.newSpot(community, kind, name, description == null ? "" : description, user.id(), now());
        return repository.spot(id, false).orElseThrow();
    }

    public Page<Spot> spots(String communityCode, CurrentUser user, String after, int limit) {
        return Page.byId(repository.spots(readable(communityCode, user), Cursor.idBelow(after), limit), limit, Spot::id);
    }

    /** The open 微心愿 of a community, from the party module's needs list. */
    public List<NeedView> wishes(String communityCode, CurrentUser user) {
        String community = community(communityCode);
        AccessPolicy.check(user, Resource.CLAIM, Action.READ, AccessPolicy.Target.at(community));
        return coBuilding.openNeeds(community, NeedKind.WISH, Scope.of(community));
    }

    @Transactional
    public Claim claim(ClaimRequest request, CurrentUser user) {
        if ((request.spotId() == null) == (request.needId() == null)) {
            throw new BadInputException("spotId", "请选择要认领的点位（spotId）或微心愿（needId）其中之一");
        }
        String note = Input.optionalText(request.note(), "note", "认领说明", 500);
        Scope scope = AccessPolicy.scope(user, Resource.CLAIM, Action.CREATE);
        long id;
        if (request.spotId() != null) {
            Spot spot = repository.spot(request.spotId(), true).filter(s -> scope.covers(s.communityCode()))
                    .orElseThrow(() -> new BadInputException("spotId", "点位不存在或不在您的社区"));
            AccessPolicy.check(user, Resource.CLAIM, Action.CREATE, AccessPolicy.Target.at(spot.communityCode()));
            if (!spot.status().equals("OPEN")) {
                throw new ConflictException("该点位" + spot.statusName() + "，不能认领");
            }
            Volunteers.Volunteer v = volunteerOf(user, spot.communityCode());
            repository.spotStatus(spot.id(), "CLAIMED");
            id = repository.newClaim(spot.communityCode(), spot.id(), null, spot.name(), v.id(), user.id(), v.name(),
                    note, now());
        } else {
            NeedView need = coBuilding.need(request.needId(), scope).filter(n -> n.kind() == NeedKind.WISH)
                    .orElseThrow(() -> new BadInputException("needId", "微心愿不存在或不在您的社区"));
            AccessPolicy.check(user, Resource.CLAIM, Action.CREATE, AccessPolicy.Target.at(need.communityCode()));
            Volunteers.Volunteer v = volunteerOf(user, need.communityCode());
            coBuilding.claim(need.id(), v.name(), note, scope);
            id = repository.newClaim(need.communityCode(), null, need.id(), need.title(), v.id(), user.id(), v.name(),
                    note, now());
        }
        return repository.claim(id).orElseThrow().claim();
    }

    public Claim claimOf(long id, CurrentUser user) {
        return readable(id, user).claim();
    }

    /** Staff list the claims of their territory; a resident lists their own. */
    public Page<Claim> claims(CurrentUser user, String territoryCode, boolean mine, String after, int limit) {
        boolean person = onlyResident(user);
        Scope within = readable(territoryCode, user);
        if (mine || person) {
            return Page.byId(repository.claims(Scope.nothing(), user.id(), Cursor.idBelow(after), limit), limit,
                    Claim::id);
        }
        return Page.byId(repository.claims(within, null, Cursor.idBelow(after), limit), limit,
                Claim::id);
    }

    @Transactional
    public Claim report(long id, ReportRequest request, CurrentUser user) {
        ClaimRepository.Owned owned = ownAct(id, user);
        String report = Input.text(request.report(), "report", "完成情况", 1, 1000);
        repository.lock(id);
        if (repository.photoCount(id) == 0) {
            throw new ConflictException("请先上传至少一张完成照片");
        }
        if (!repository.report(id, owned.claim().version(), report, now())) {
            throw new ConflictException("该认领当前为“" + owned.claim().statusName() + "”，不能再反馈");
        }
        return repository.claim(id).orElseThrow().claim();
    }

    /** The community confirms a reported claim; a 微心愿 becomes fulfilled in the needs list, a spot opens again. */
    @Transactional
    public Claim confirm(long id, CurrentUser user) {
        ClaimRepository.Owned owned = readable(id, user);
        Claim claim = owned.claim();
        AccessPolicy.check(user, Resource.CLAIM, Action.ACT, AccessPolicy.Target.at(claim.communityCode()));
        if (!repository.confirm(id, claim.version(), user.id(), now())) {
            throw new ConflictException("该认领当前为“" + claim.statusName() + "”，须认领人反馈后才能确认");
        }
        if (claim.needId() != null) {
            coBuilding.fulfil(claim.needId(), claim.claimantName(), claim.report(), Scope.of(claim.communityCode()));
        } else {
            repository.spotStatus(claim.spotId(), "OPEN");
        }
        return repository.claim(id).orElseThrow().claim();
    }

    /** The claimant (OWN) acting on their claim. */
    ClaimRepository.Owned ownAct(long id, CurrentUser user) {
        ClaimRepository.Owned owned = readable(id, user);
        boolean own = owned.userId() == user.id();
        AccessPolicy.check(user, Resource.CLAIM, Action.ACT, AccessPolicy.Target.at(owned.claim().communityCode())
                .withIf(own, Relation.OWN));
        if (!own) {
            throw new ConflictException("只有认领人可以上传照片和反馈完成情况");
        }
        return owned;
    }

    ClaimRepository.Owned readable(long id, CurrentUser user) {
        ClaimRepository.Owned owned = repository.claim(id).orElseThrow(() -> notFound(id));
        boolean own = owned.userId() == user.id();
        // a resident reads the spots and wishes of the community, but of the claims only their own, as the list shows
        if (!own && (onlyResident(user) || !AccessPolicy.allows(user, Resource.CLAIM, Action.READ,
                AccessPolicy.Target.at(owned.claim().communityCode())))) {
            throw notFound(id);
        }
        return owned;
    }

    private static boolean onlyResident(CurrentUser user) {
        return user.grants().stream().allMatch(g -> g.role() == Role.RESIDENT || g.role() == Role.HOUSEHOLD_CHIEF);
    }

    private Scope readable(String communityCode, CurrentUser user) {
        return AccessPolicy.scope(user, Resource.CLAIM, Action.READ).askedFor(communityCode);
    }

    /** The user's volunteer record, signing them up in the community when they have none yet. */
    private Volunteers.Volunteer volunteerOf(CurrentUser user, String community) {
        return volunteers.byUser(user.id()).orElseGet(() -> volunteers.get(volunteers.register(
                new Volunteers.NewVolunteer(community, user.id(), user.residentId(), user.displayName(), null,
                        List.of(), ""))).orElseThrow());
    }

    static String community(String code) {
        String c = code == null ? "" : code.strip();
        if (Level.ofCode(c) != Level.VILLAGE) {
            throw new BadInputException("communityCode", "村(社区)代码须为 12 位");
        }
        return c;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(Beijing.OFFSET);
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("认领 " + id + " 不存在或不在您的辖区内");
    }
}
