package org.jiceng.services;

import java.time.Instant;

/**
 * Published in the transaction that ends one item of a service request (the documents returned to the resident, or
 * the request ended without them): the figures of villages and offices, the monthly report and the assessment
 * count from it. An 一件事 publishes one per item it ran. {@code agency} is true when an agent took the item in for
 * the resident (村组代办, 政务楼长代办, 全程代理), false when the resident brought it in themselves.
 * {@code workingDays} is the working days from acceptance to the result on the working-day calendar;
 * {@code onTime} whether the result came within the item's legal time limit. {@code outcome} is
 * {@code DONE} (documents returned) or {@code ENDED} (withdrawn or refused by the office).
 */
public record ServiceItemHandled(String county, long requestId, String villageCode, long itemId, String itemName,
                                 Long officeUnitId, String officeName, boolean agency, String outcome,
                                 int workingDays, boolean onTime, Instant acceptedAt, Instant handledAt) {
}
