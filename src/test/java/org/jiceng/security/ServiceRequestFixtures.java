package org.jiceng.security;

/** The records of 代办 and 全程代理 requests and their items. */
final class ServiceRequestFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
