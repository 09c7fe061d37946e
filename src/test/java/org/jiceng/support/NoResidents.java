package org.jiceng.support;

import java.nio.charset.StandardCharsets;
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
import org.springframework.boot.test.context.TestConfiguration;

/**
 * An empty people register for module tests that need the register only to seal phone numbers: no residents,
 * no households, and phones "sealed" reversibly. Imported, it is itself the bean.
 */
@TestConfiguration(proxyBeanMethods = false)
public class NoResidents implements PeopleApi {

    @Override
    public Optional<ResidentView> resident(long id, Scope scope) {
        return Optional.empty();
    }

    @Override
    public Optional<HouseholdView> household(long id, Scope scope) {
        return Optional.empty();
    }

    @Override
    public long countHouseholds(String territoryPrefix) {
        return 0;
    }

    @Override
    public SealedPhone sealPhone(String purpose, String phone) {
        Phone checked = Phone.parse(phone);
        return new SealedPhone(checked.value().getBytes(StandardCharsets.UTF_8), checked.masked());
    }

    @Override
    public byte[] phoneIndex(String purpose, String phone) {
        return (purpose + ":" + Phone.parse(phone).value()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void forEachResident(String territoryPrefix, Consumer<ResidentSummary> consumer) {
    }

    @Override
    public void forEachHousehold(String territoryPrefix, Consumer<HouseholdSummary> consumer) {
    }

    @Override
    public Optional<HouseholdSummary> householdSummary(long id) {
        return Optional.empty();
    }

    @Override
    public void forEachHouseholdChief(String territoryPrefix, Consumer<HouseholdChief> consumer) {
    }

    @Override
    public byte[] seal(String purpose, String plain) {
        return plain.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String open(String purpose, byte[] sealed) {
        return new String(sealed, StandardCharsets.UTF_8);
    }

    @Override
    public void recordAccess(CurrentUser user, String what, String territoryCode, String reason) {
    }

    @Override
    public void recordBulkAccess(CurrentUser user, String what, String territoryPrefix, int hits) {
    }
}
