package org.jiceng.security;

/** The records of the 时间银行, honour lists and claims. */
final class VolunteerCommunityFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
