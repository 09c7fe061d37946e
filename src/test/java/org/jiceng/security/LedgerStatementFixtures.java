package org.jiceng.security;

import tools.jackson.databind.JsonNode;

/**
 * The records of ledger budgets, dividends and statements: the demo's collective account of 堂琅社区 (own
 * territory; its residents are its collective members) and one of a village of 迤车镇 (foreign), found through the
 * statements' list as their keepers see it, and each account's first dividend.
 */
final class LedgerStatementFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
        String own = account(fixtures, "shequ", Fixtures.OWN_VILLAGE);
        String foreign = account(fixtures, "yiche", Fixtures.FOREIGN_TOWN);
        for (String family : new String[]{"ledger/statements", "ledger/budgets", "ledger/imports"}) {
            if (own != null) {
                fixtures.put(family, "own-territory", own);
            }
            if (foreign != null) {
                fixtures.put(family, "foreign", foreign);
            }
        }
        dividend(fixtures, "shequ", own, "own-territory");
        dividend(fixtures, "yiche", foreign, "foreign");
    }

    private static String account(Fixtures fixtures, String user, String territory) {
        var answer = fixtures.as(user).get("/api/v1/ledger/statements");
        if (answer.status() == 200) {
            for (JsonNode a : answer.json().get("items")) {
                if (a.get("territoryCode").asString().startsWith(territory) && a.get("kind").asString().startsWith("COLLECTIVE_")) {
                    return a.get("accountId").asString();
                }
            }
        }
        fixtures.missing().add("ledger/statements " + territory + ": no collective account seen by " + user);
        return null;
    }

    private static void dividend(Fixtures fixtures, String user, String account, String variant) {
        if (account != null) {
            fixtures.listed(fixtures.as(user), "ledger/dividends", variant, "/api/v1/ledger/dividends?account=" + account);
        }
    }
}
