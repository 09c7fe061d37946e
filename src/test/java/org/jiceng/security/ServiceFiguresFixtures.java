package org.jiceng.security;

/** The records of the figures of services per village and office. */
final class ServiceFiguresFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
