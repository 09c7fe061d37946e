package org.jiceng.people;

import java.util.Optional;
import java.util.function.Consumer;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;

/** What other modules may ask of people. */
public interface PeopleApi {

    Optional<ResidentView> resident(long id, Scope scope);

    /** A household of the register, if the scope covers it. */
    Optional<HouseholdView> household(long id, Scope scope);

    /** How many households the register holds under {@code territoryPrefix} (a village: its households). */
    long countHouseholds(String territoryPrefix);

    /**
     * Checks and seals a phone number that another module keeps (e.g. a dispute party's contact) with the
     * personal-data key; {@code purpose} names the column, and only the same purpose opens it.
     */
    SealedPhone sealPhone(String purpose, String phone);

    /**
     * The blind index (keyed hash) of a phone number for {@code purpose}: stored beside a number sealed by
     * {@link #sealPhone} with the same purpose, it finds the rows of that number without decrypting any.
     */
    byte[] phoneIndex(String purpose, String phone);

    /**
     * Every resident whose grid code starts with {@code territoryPrefix}, in id order, streamed: for the
     * system itself (demo data of other modules, projections), never for a request.
     */
    void forEachResident(String territoryPrefix, Consumer<ResidentSummary> consumer);

    /**
     * Every household under {@code territoryPrefix} in id order, streamed, with the care tags of its members:
     * for the system's own projections (visits), never for a request.
     */
    void forEachHousehold(String territoryPrefix, Consumer<HouseholdSummary> consumer);

    /**
     * Every household under {@code territoryPrefix} whose 户长 (十户一长) the register names, in household id order,
     * streamed: for the system itself (visits' demo 包保 chains), never for a request.
     */
    void forEachHouseholdChief(String territoryPrefix, Consumer<HouseholdChief> consumer);

    /** One household as {@link #forEachHousehold} gives it, whoever asks: for a module's own access decisions. */
    Optional<HouseholdSummary> householdSummary(long id);

    /**
     * Seals another module's personal data (e.g. a household's income and illness) with the personal-data key:
     * AES-GCM bound to {@code purpose}, which names the column; only {@link #open} with the same purpose reads it.
     */
    byte[] seal(String purpose, String plain);

    /**
     * What {@link #seal} or {@link #sealPhone} sealed for {@code purpose}, in full; the caller has checked the reader
     * may see it (e.g. a household's 明白卡 prints the number of the cadre responsible for it; never a screen).
     */
    String open(String purpose, byte[] sealed);

    /**
     * Writes one read of another module's sensitive personal data into the access log, like a reveal:
     * {@code what} names the kind of data (never its values), {@code reason} is the reader's stated purpose.
     */
    void recordAccess(CurrentUser user, String what, String territoryCode, String reason);

    /** Writes a bulk read (a list of {@code hits} records under {@code territoryPrefix}) into the access log. */
    void recordBulkAccess(CurrentUser user, String what, String territoryPrefix, int hits);

    /**
     * At most {@code limit} (up to 50) residents in {@code scope} whose name starts with {@code namePrefix}, by name,
     * masked as everywhere: for a person choosing whom they act for (a 代办员 filing for a resident). The search is in
     * the access log under {@code user} with its hit count and {@code reason}, never the words searched for. The
     * default, for the register's stand-ins in module tests, finds nobody.
     */
    default java.util.List<ResidentView> residentsNamed(CurrentUser user, String namePrefix, Scope scope, int limit,
                                                        String reason) {
        return java.util.List.of();
    }

    // the building methods have defaults so that the register's stand-ins in module tests need not carry them

    /** A building with its coordinates, whoever asks (buildings name no person): for walking distances. */
    default Optional<BuildingPlace> building(long id) {
        return Optional.empty();
    }

    /** Every building under {@code territoryPrefix} in id order, streamed: for the system itself (demo data). */
    default void forEachBuilding(String territoryPrefix, Consumer<BuildingPlace> consumer) {
    }

    /** Sets the coordinates of these buildings (by id and county; name and grid are not changed); answers how many. */
    default int placeBuildings(java.util.List<BuildingPlace> places) {
        return 0;
    }
}
