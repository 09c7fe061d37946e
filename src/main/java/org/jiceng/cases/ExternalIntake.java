package org.jiceng.cases;

import java.time.Instant;

/**
 * A case filed by another system (hotline 12345, an Open311 client) rather than a signed-in person. The pair
 * ({@code channel}, {@code externalId}) is unique: filing it again answers the case filed the first time.
 * The place is a point, or {@code territoryCode} (a village or grid code) when the order has only an address.
 * {@code receivedAt} is when the other system took it (deadlines count from then); null means now.
 */
public record ExternalIntake(CaseChannel channel, String externalId, String categoryCode, String description,
                             Double lat, Double lon, String address, String territoryCode, String reporterName,
                             Instant receivedAt) {
}
