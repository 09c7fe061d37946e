package org.jiceng.security;

/** The records of the service-item catalogue, 一件事 bundles and 政策一页通 policy sheets. */
final class ServiceCatalogueFixtures implements FixtureSet {

    @Override
    public void make(Fixtures fixtures) {
    }
}
