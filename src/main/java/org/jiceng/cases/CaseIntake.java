package org.jiceng.cases;

import java.util.List;
import org.jiceng.MaxChars;

/**
 * What a person files: a leaf category, a description, and a place — a point ({@code lat}, {@code lon}) or an
 * address. {@code channel} is optional (staff may say MEETING or VISIT; otherwise it follows the role);
 * {@code photoIds} name attachments uploaded first ({@code POST /api/v1/attachments}). {@code publicCase}: a
 * resident's choice to let other residents see and follow the case (personal data left out); private when absent.
 * {@code reporterPhone}: a number to call the reporter back on (optional), stored sealed; staff may find the case by it.
 * {@code source}: the record of another module the case is opened from ({@code visit:123}); set by that module
 * through {@link CasesApi#file}, never read from a request body, so nobody claims a source they did not open from.
 */
public record CaseIntake(@MaxChars(50) String categoryCode, @MaxChars(2000) String description, Double lat, Double lon,
                         @MaxChars(500) String address, @MaxChars(30) String channel, List<String> photoIds,
                         Boolean publicCase, @MaxChars(20) String reporterPhone,
                         @com.fasterxml.jackson.annotation.JsonIgnore String source) {

    public CaseIntake {
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
    }

    /** A case opened from no other record. */
    public CaseIntake(String categoryCode, String description, Double lat, Double lon, String address, String channel,
                      List<String> photoIds, Boolean publicCase, String reporterPhone) {
        this(categoryCode, description, lat, lon, address, channel, photoIds, publicCase, reporterPhone, null);
    }

    /** The same case, opened from {@code source} ({@code kind:id}, e.g. {@code visit:123}). */
    public CaseIntake from(String source) {
        return new CaseIntake(categoryCode, description, lat, lon, address, channel, photoIds, publicCase, reporterPhone,
                source);
    }

    /** A case without a phone to call back on. */
    public CaseIntake(String categoryCode, String description, Double lat, Double lon, String address, String channel,
                      List<String> photoIds, Boolean publicCase) {
        this(categoryCode, description, lat, lon, address, channel, photoIds, publicCase, null, null);
    }

    /** A private case. */
    public CaseIntake(String categoryCode, String description, Double lat, Double lon, String address, String channel,
                      List<String> photoIds) {
        this(categoryCode, description, lat, lon, address, channel, photoIds, null, null, null);
    }

    public static CaseIntake at(String categoryCode, String description, double lat, double lon) {
        return new CaseIntake(categoryCode, description, lat, lon, null, null, List.of(), null, null, null);
    }
}
