package org.jiceng.party;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.jiceng.CurrentUser;
import org.jiceng.people.HouseholdChief;
import org.jiceng.people.HouseholdSummary;
import org.jiceng.Scope;
import org.jiceng.people.HouseholdView;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.Phone;
import org.jiceng.people.SealedPhone;

/**
 * A stand-in people register for party tests, which need residents only: no households, and contacts "sealed"
 * reversibly, which is all other modules' demo data asks of it in these tests.
 */
public interface RegisterStub extends PeopleApi {

    @Override
    default Optional<HouseholdView> household(long id, Scope scope) {
        return Optional.empty();
    }

    @Override
    default long countHouseholds(String territoryPrefix) {
        return 0;
    }

    @Override
    default SealedPhone sealPhone(String purpose, String phone) {
        Phone checked = Phone.parse(phone);
        return new SealedPhone(checked.value().getBytes(StandardCharsets.UTF_8), checked.masked());
    }

    @Override
    default byte[] phoneIndex(String purpose, String phone) {
        return (purpose + ":" + Phone.parse(phone).value()).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    default void forEachHousehold(String territoryPrefix, Consumer<HouseholdSummary> consumer) {
    }

    @Override
    default Optional<HouseholdSummary> householdSummary(long id) {
        return Optional.empty();
    }

    @Override
    default void forEachHouseholdChief(String territoryPrefix, Consumer<HouseholdChief> consumer) {
    }

    @Override
    default byte[] seal(String purpose, String plain) {
        return plain.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    default String open(String purpose, byte[] sealed) {
        return new String(sealed, StandardCharsets.UTF_8);
    }

    @Override
    default void recordAccess(CurrentUser user, String what, String territoryCode, String reason) {
    }

    @Override
    default void recordBulkAccess(CurrentUser user, String what, String territoryPrefix, int hits) {
    }
}
