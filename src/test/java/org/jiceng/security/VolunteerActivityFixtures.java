package org.jiceng.security;

/** The records of teams, volunteers, activities and attendance. */
final class VolunteerActivityFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
