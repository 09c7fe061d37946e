package org.jiceng.security;

/** The records of ledger budgets, dividends and statements. */
final class LedgerStatementFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
