package org.jiceng.security;

/** The records of points, points rules and the 爱心超市. */
final class VolunteerPointsFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
