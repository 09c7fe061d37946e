package org.jiceng.security;

/** The records of ledger accounts and journal entries. */
final class LedgerJournalFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
