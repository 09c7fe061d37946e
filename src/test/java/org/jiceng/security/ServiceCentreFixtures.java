package org.jiceng.security;

/** The records of service centres, their rooms and services, and bookings. */
final class ServiceCentreFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
