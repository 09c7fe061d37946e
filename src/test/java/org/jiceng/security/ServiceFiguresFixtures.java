package org.jiceng.security;

/**
 * The records of the figures of services per village and office: none to make. {@code /api/v1/services/figures}
 * and its {@code .xlsx} take no id in the path, only {@code territory} in the query, which the matrix itself points
 * at own and foreign territory.
 */
final class ServiceFiguresFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
