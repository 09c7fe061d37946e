package org.jiceng.services.internal.booking;

import java.util.List;
import java.util.Objects;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.people.BuildingPlace;
import org.jiceng.people.HouseholdView;
import org.jiceng.people.PeopleApi;
import org.jiceng.services.internal.centre.CentreView;
import org.jiceng.services.internal.centre.Centres;
import org.springframework.stereotype.Service;

/**
 * 我家附近15分钟服务圈: the centres within 1,000 m of a household's building (or of a point) and what each offers, with
 * its next sessions. A resident asks for their own household; staff for a household they may read in the register.
 */
@Service
public class NearbyCentres {

    static final int NEXT_SESSIONS = 3;

    /** {@code household} is null when a point was asked for. */
    public record Answer(Long household, String address, double lat, double lon, List<Nearby> centres) {
    }

    public record Nearby(CentreView centre, long metres, long minutes, List<SessionView> next) {
    }

    private final Centres centres;
    private final CentreSessions sessions;
    private final PeopleApi people;

    NearbyCentres(Centres centres, CentreSessions sessions, PeopleApi people) {
        this.centres = centres;
        this.sessions = sessions;
        this.people = people;
    }

    public Answer ofHousehold(long householdId, CurrentUser user) {
        HouseholdView household = readable(householdId, user);
        if (household.buildingId() == null) {
            throw new ConflictException("该户没有登记所在楼栋，无法计算附近的服务");
        }
        BuildingPlace building = people.building(household.buildingId()).filter(BuildingPlace::placed)
                .orElseThrow(() -> new ConflictException("该户所在楼栋尚无坐标，无法计算附近的服务"));
        return new Answer(householdId, household.address(), building.lat(), building.lon(),
                near(building.lat(), building.lon()));
    }

    public Answer ofPoint(Double lat, Double lon) {
        if (lat == null || lon == null || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new BadInputException("lat", "请提供户号 household，或纬度 lat 与经度 lon（WGS84）");
        }
        return new Answer(null, null, lat, lon, near(lat, lon));
    }

    /** The user's own household, if their account is linked to a resident who lives in one. */
    public Long ownHousehold(CurrentUser user) {
        if (user.residentId() == null) {
            return null;
        }
        return people.resident(user.residentId(), Scope.everything()).map(r -> r.householdId()).orElse(null);
    }

    private HouseholdView readable(long id, CurrentUser user) {
        if (Objects.equals(ownHousehold(user), id)) {
            return people.household(id, Scope.everything()).orElseThrow(() -> notFound(id));
        }
        Scope scope = AccessPolicy.scope(user, Resource.HOUSEHOLD, Action.READ);
        return people.household(id, scope).orElseThrow(() -> notFound(id));
    }

    private List<Nearby> near(double lat, double lon) {
        return centres.withinWalk(lat, lon).stream()
                .map(n -> new Nearby(n.centre(), n.metres(), n.minutes(), sessions.upcoming(n.centre().id(), NEXT_SESSIONS)))
                .toList();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("户 " + id + " 不存在或不在您的辖区内");
    }
}
