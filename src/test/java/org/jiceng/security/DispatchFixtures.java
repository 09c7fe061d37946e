package org.jiceng.security;

/**
 * The records of dispatch suggestions and the dispatch model: suggestions and the model have no record of their
 * own; the similar cases of a case are asked by the case, so the cases' own variants serve.
 */
final class DispatchFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
        java.util.Map.copyOf(fixtures.variants("cases")).forEach((variant, id) -> fixtures.put("dispatch/similar", variant, id));
    }
}
