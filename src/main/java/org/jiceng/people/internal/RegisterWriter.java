package org.jiceng.people.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The batch path of a register import: households and their residents (encrypted) inserted in batches,
 * buildings found or created once per import. The caller holds the transaction.
 */
@Component
class RegisterWriter {

    private static final int BATCH = 500;

    private final HouseholdRepository households;
    private final ResidentRepository residents;
    private final PersonalDataCipher cipher;

    RegisterWriter(HouseholdRepository households, ResidentRepository residents, PersonalDataCipher cipher) {
        this.households = households;
        this.residents = residents;
        this.cipher = cipher;
    }

    /** One import's writes; {@link Session#finish} sends the last batch. */
    Session session() {
        return new Session();
    }

    final class Session {
        private final Map<String, Long> buildings = new HashMap<>();
        private final List<ImportHousehold> pending = new ArrayList<>();
        private final List<Long> buildingIds = new ArrayList<>();
        private int pendingResidents;

        void write(ImportHousehold household) {
            buildingIds.add(household.building() == null ? null
                    : buildings.computeIfAbsent(household.gridCode() + '\u0000' + household.building(),
                    key -> households.buildingId(household.gridCode(), household.building())
                            .orElseGet(() -> households.insertBuilding(household.gridCode(), household.building(),
                                    kindOf(household.building())))));
            pending.add(household);
            pendingResidents += household.members().size();
            if (pendingResidents >= BATCH) {
                finish();
            }
        }

        /** Writes what is pending: the households in one batch, then their residents in another. */
        void finish() {
            if (pending.isEmpty()) {
                return;
            }
            List<HouseholdRepository.NewHousehold> rows = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                rows.add(new HouseholdRepository.NewHousehold(pending.get(i).gridCode(), pending.get(i).address(),
                        buildingIds.get(i)));
            }
            List<Long> ids = households.insertAll(rows);
            List<ResidentRepository.NewResident> residentRows = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                for (ResidentLine member : pending.get(i).members()) {
                    residentRows.add(resident(ids.get(i), pending.get(i).gridCode(), member));
                }
            }
            residents.insertAll(residentRows);
            pending.clear();
            buildingIds.clear();
            pendingResidents = 0;
        }
    }

    private ResidentRepository.NewResident resident(long householdId, String gridCode, ResidentLine m) {
        String idNumber = m.idNumber().value();
        String phone = m.phone() == null ? null : m.phone().value();
        return new ResidentRepository.NewResident(householdId, gridCode, m.name(), m.relation(), m.idNumber(),
                cipher.encrypt(PeopleService.ID_FIELD, idNumber), cipher.blindIndex(PeopleService.ID_FIELD, idNumber),
                phone == null ? null : m.phone().masked(),
                phone == null ? null : cipher.encrypt(PeopleService.PHONE_FIELD, phone),
                phone == null ? null : cipher.blindIndex(PeopleService.PHONE_FIELD, phone), m.tagCodes());
    }

    /** 楼, 栋, 幢, 单元, 座 name a building; a name with 院 (张家院子, 3号院) a courtyard. */
    static String kindOf(String name) {
        if (name.matches(".*[楼栋幢座].*|.*单元.*")) {
            return "BUILDING";
        }
        return name.contains("院") ? "COURTYARD" : "BUILDING";
    }
}
