package org.jiceng.people;

/**
 * The register's households under {@code territoryPrefix} (a grid, or wider for an import) changed: one was
 * registered, moved or re-addressed, or its members or their care tags changed. Published in the transaction
 * of the write, so a module keeping its own projection of households (visits) refreshes that part of it.
 */
public record HouseholdsChanged(String territoryPrefix) {
}
