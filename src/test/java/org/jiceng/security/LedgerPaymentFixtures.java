package org.jiceng.security;

/** The records of ledger vouchers and payments. */
final class LedgerPaymentFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
