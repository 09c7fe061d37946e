package org.jiceng.security;

/** The records of party organisations built and changed. */
final class PartyOrganisationFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
