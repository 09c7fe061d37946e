package org.jiceng.security;

/**
 * The records of dispatch suggestions and the dispatch model: suggestions and the model have no record of their
 * own; the similar cases of a case are asked by the case, so the cases' own variants serve; a town's automatic
 * dispatch setting is its town code (古城街道 own, 迤车镇 foreign).
 */
final class DispatchFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
        java.util.Map.copyOf(fixtures.variants("cases")).forEach((variant, id) -> fixtures.put("dispatch/similar", variant, id));
        fixtures.put("dispatch/settings", "own-territory", "530326001");
        fixtures.put("dispatch/settings", "foreign", "530326103");
    }
}
