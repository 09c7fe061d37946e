package org.jiceng.security;

/** The records of inspections, the lists of power and tasks sent to villages. */
final class AssessmentInspectionFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
