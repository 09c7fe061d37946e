package org.jiceng.services.internal.centre;

import java.time.LocalDate;
import java.util.List;

/** A centre as the API and pages show it: where it is, when it is open, its rooms and services. */
public record CentreView(long id, String territoryCode, String kind, String kindName, String name, String address,
                         double lat, double lon, List<Hours> hours, List<ClosedDay> closedDays, String hoursSummary,
                         List<Room> rooms, List<Service> services, int version) {

    /** Weekday 1 (Monday) to 7 (Sunday), times as HH:MM. */
    public record Hours(int weekday, String opens, String closes) {
    }

    public record ClosedDay(LocalDate day, String reason) {
    }

    public record Room(Long id, String name, Integer capacity) {
    }

    /** {@code priceFen} is what a resident pays for a meal; 0 for everything else. */
    public record Service(Long id, String kind, String kindName, String name, String description, Long priceFen,
                          Long roomId, Boolean active) {
    }

    /**
     * A centre as written by its managers: on PUT the hours and closed days are replaced, rooms and services with an
     * id are changed and those without one added; {@code version} guards against a lost update.
     */
    public record Request(String territoryCode, String kind, String name, String address, Double lat, Double lon,
                          List<Hours> hours, List<ClosedDay> closedDays, List<Room> rooms, List<Service> services,
                          Integer version) {
    }
}
