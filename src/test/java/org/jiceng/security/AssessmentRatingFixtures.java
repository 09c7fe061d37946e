package org.jiceng.security;

/** The records of star ratings and livelihood projects. */
final class AssessmentRatingFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
