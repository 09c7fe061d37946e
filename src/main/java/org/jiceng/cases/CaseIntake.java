package org.jiceng.cases;

import java.util.List;

/**
 * What a person files: a leaf category, a description, and a place — a point ({@code lat}, {@code lon}) or an
 * address. {@code channel} is optional (staff may say MEETING or VISIT; otherwise it follows the role);
 * {@code photoIds} name attachments uploaded first ({@code POST /api/v1/attachments}).
 */
public record CaseIntake(String categoryCode, String description, Double lat, Double lon, String address,
                         String channel, List<String> photoIds) {

    public CaseIntake {
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
    }

    public static CaseIntake at(String categoryCode, String description, double lat, double lon) {
        return new CaseIntake(categoryCode, description, lat, lon, null, null, List.of());
    }
}
