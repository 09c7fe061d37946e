package org.jiceng.security;

/** The records of branch meetings and 党费. */
final class BranchLifeFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
