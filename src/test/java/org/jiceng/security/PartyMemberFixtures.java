package org.jiceng.security;

/** The records of party members' affiliations, transfers and 党员中心户. */
final class PartyMemberFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
