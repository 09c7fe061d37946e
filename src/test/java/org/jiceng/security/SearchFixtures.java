package org.jiceng.security;

/** The records of full-text search. */
final class SearchFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
