package org.jiceng.security;

/** The records of 双报到 needs, offers, projects and service hours. */
final class CoBuildingFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
