package org.jiceng.services.internal.centre;

/** A centre's own columns, for the rest of the module (sessions and bookings check access by its territory). */
public record CentreRow(long id, String county, String territoryCode, CentreKind kind, String name, String address,
                        double lat, double lon, int version) {
}
