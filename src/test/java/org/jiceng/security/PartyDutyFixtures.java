package org.jiceng.security;

/** The records of 设岗定责, pledges, campaigns and 三长/楼长 duties. */
final class PartyDutyFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
