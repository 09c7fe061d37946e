package org.jiceng.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;
import org.jiceng.people.HouseholdChief;
import org.jiceng.people.HouseholdSummary;
import org.jiceng.people.HouseholdView;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.Phone;
import org.jiceng.people.ResidentSummary;
import org.jiceng.people.ResidentView;
import org.jiceng.people.SealedPhone;
import org.springframework.stereotype.Service;

/**
 * The register as other modules see it ({@link PeopleApi}): records in a scope, streams for their projections and
 * demo data, the personal-data key for what they keep sealed, and the access log for what they read.
 */
@Service
class RegisterForModules implements PeopleApi {

    private final ResidentRepository residents;
    private final HouseholdRepository households;
    private final PersonalDataCipher cipher;
    private final AccessLog log;
    private final BuildingPlaces buildings;

    RegisterForModules(ResidentRepository residents, HouseholdRepository households, PersonalDataCipher cipher,
                       AccessLog log, BuildingPlaces buildings) {
        this.buildings = buildings;
        this.residents = residents;
        this.households = households;
        this.cipher = cipher;
        this.log = log;
    }

    @Override
    public Optional<ResidentView> resident(long id, Scope scope) {
        return residents.find(id, scope);
    }

    @Override
    public List<ResidentView> residentsNamed(CurrentUser user, String namePrefix, Scope scope, int limit,
                                             String reason) {
        String prefix = namePrefix == null ? "" : namePrefix.strip();
        AccessLog.requirePrintable("姓名", prefix);
        if (prefix.isEmpty() || scope.isEmpty()) {
            return List.of();
        }
        List<ResidentView> found = residents.byNamePrefix(prefix, scope, "", 0, Math.clamp(limit, 1, 50));
        log.record(user.username(), AccessKind.LIST, HouseholdImports.commonPrefix(scope), "按姓名查找", reason,
                found.size());
        return found;
    }

    @Override
    public SealedPhone sealPhone(String purpose, String phone) {
        Phone checked = Phone.parse(phone);
        return new SealedPhone(cipher.encrypt("sealed:" + purpose, checked.value()), checked.masked());
    }

    @Override
    public byte[] phoneIndex(String purpose, String phone) {
        return cipher.blindIndex("sealed:" + purpose, Phone.parse(phone).value());
    }

    @Override
    public byte[] seal(String purpose, String plain) {
        return cipher.encrypt("sealed:" + purpose, plain);
    }

    @Override
    public String open(String purpose, byte[] sealed) {
        return cipher.decrypt("sealed:" + purpose, sealed);
    }

    @Override
    public void recordAccess(CurrentUser user, String what, String territoryCode, String reason) {
        log.record(user.username(), AccessKind.SENSITIVE_READ, territoryCode, what, reason, 1);
    }

    @Override
    public void recordBulkAccess(CurrentUser user, String what, String territoryPrefix, int hits) {
        log.record(user.username(), AccessKind.LIST, territoryPrefix, what, null, hits);
    }

    @Override
    public void forEachResident(String territoryPrefix, Consumer<ResidentSummary> consumer) {
        residents.forEach(territoryPrefix, consumer);
    }

    @Override
    public void forEachHousehold(String territoryPrefix, Consumer<HouseholdSummary> consumer) {
        households.forEachSummary(territoryPrefix, null, consumer);
    }

    @Override
    public void forEachHouseholdChief(String territoryPrefix, Consumer<HouseholdChief> consumer) {
        households.forEachChief(territoryPrefix, consumer);
    }

    @Override
    public Optional<HouseholdSummary> householdSummary(long id) {
        List<HouseholdSummary> found = new ArrayList<>(1);
        households.forEachSummary(null, id, found::add);
        return found.stream().findFirst();
    }

    @Override
    public Optional<HouseholdView> household(long id, Scope scope) {
        return households.find(id, scope);
    }

    @Override
    public long countHouseholds(String territoryPrefix) {
        return households.count(Scope.of(territoryPrefix));
    }

    @Override
    public Optional<org.jiceng.people.BuildingPlace> building(long id) {
        return buildings.find(id);
    }

    @Override
    public void forEachBuilding(String territoryPrefix, Consumer<org.jiceng.people.BuildingPlace> consumer) {
        buildings.forEach(territoryPrefix, consumer);
    }

    @Override
    public int placeBuildings(List<org.jiceng.people.BuildingPlace> places) {
        return buildings.place(places);
    }
}
