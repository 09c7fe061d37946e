package org.jiceng.security;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The records of ledger accounts and journal entries: an estate's 物业费 account in 堂琅社区 kept by yeweihui and
 * wuye (own territory), the community's own 资源 account, whose money is jumin's as a resident (own record), and a
 * 迤车镇 village's account (foreign). Entry 1 of the first two is posted, so {@code entries/{seq}} finds one.
 */
final class LedgerJournalFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
        String today = LocalDate.now(ZoneOffset.ofHours(8)).toString();
        String estate = Fixtures.created(fixtures.as("shequ").postJson("/api/v1/estates", """
                {"name": "矩阵测试账本小区%d", "territoryCode": "%s", "units": [{"unit": "1-1", "owner": "业主1", "area": "90"}]}"""
                .formatted(System.nanoTime() % 100_000, Fixtures.OWN_VILLAGE)), "ledger estate");
        String own = Fixtures.created(fixtures.as("shequ").postJson("/api/v1/ledger/accounts", """
                {"kind": "PROPERTY_FEE", "estateId": %s, "keepers": [{"username": "yeweihui", "role": "OWNERS_COMMITTEE"},
                 {"username": "wuye", "role": "PROPERTY_COMPANY"}]}""".formatted(estate)), "ledger account");
        entry(fixtures, "wuye", own, today, "6403", "1002");
        fixtures.put("ledger/accounts", "own-territory", own);
        String community = Fixtures.created(fixtures.as("shequ").postJson("/api/v1/ledger/accounts", """
                {"kind": "COLLECTIVE_RESOURCES", "territoryCode": "%s", "name": "矩阵测试集体资源",
                 "keepers": [{"username": "shequ", "role": "VILLAGE_COMMITTEE"}, {"username": "jianwei", "role": "VILLAGE_SUPERVISOR"}]}"""
                .formatted(Fixtures.OWN_VILLAGE)), "community ledger account");
        entry(fixtures, "shequ", community, today, "102", "511");
        fixtures.put("ledger/accounts", "own-record", community);
        fixtures.put("ledger/accounts", "foreign", Fixtures.created(fixtures.as("yiche").postJson("/api/v1/ledger/accounts", """
                {"kind": "COLLECTIVE_FUNDS", "territoryCode": "%s", "keepers": [{"username": "yiche", "role": "TOWN_SUPERVISOR"}]}"""
                .formatted(fixtures.foreignVillage)), "foreign ledger account"));
    }

    private static void entry(Fixtures fixtures, String keeper, String account, String today, String debit, String credit) {
        var posted = fixtures.as(keeper).postJson("/api/v1/ledger/accounts/" + account + "/entries", """
                {"date": "%s", "memo": "矩阵测试分录", "lines": [{"subject": "%s", "debitFen": 10000}, {"subject": "%s", "creditFen": 10000}]}"""
                .formatted(today, debit, credit));
        if (posted.status() != 201) {
            throw new IllegalStateException("ledger entry not posted: " + posted.status() + " " + posted.body());
        }
    }
}
