package org.jiceng.security;

/** The records of indicators, scorecards and 赛道 rankings. */
final class AssessmentScoreFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
