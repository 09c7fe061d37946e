package org.jiceng.security;

/** The records of dispatch suggestions and the dispatch model. */
final class DispatchFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
