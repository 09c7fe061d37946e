package org.jiceng.people;

/**
 * A building or courtyard of the register and where it stands (WGS84 degrees); {@code lat} and {@code lon} are null
 * until the building is placed.
 */
public record BuildingPlace(long id, String county, String gridCode, String name, Double lat, Double lon) {

    public boolean placed() {
        return lat != null && lon != null;
    }
}
