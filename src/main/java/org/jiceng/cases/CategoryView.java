package org.jiceng.cases;

/** A case category; leaves carry the urgency and default deadlines a new case gets. */
public record CategoryView(String code, String name, String parentCode, boolean leaf, String urgency,
                           Integer responseHours, Integer checkInHours, Integer resolveWorkingDays,
                           int duplicateRadiusMetres, boolean active, int version) {
}
