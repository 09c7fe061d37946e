package org.jiceng.security;

/**
 * The records of full-text search: none of its own. {@code GET /api/v1/search} has no record in its path; which hits
 * a person gets is proved by {@code search.SearchIT} (another town's case never found, a resident's and a
 * department's hits).
 */
final class SearchFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
