package org.jiceng.services.internal.catalogue;

import java.util.List;

/**
 * An item or bundle as staff write it. On an edit a field left out (null) keeps the value of the version edited;
 * {@code revision} is the draft's revision as read (needed only when a draft is edited in place).
 * {@code feeFen} is the fee in fen; {@code timeLimitDays} the legal time limit in working days.
 */
public record ItemForm(String code, String kind, String territoryCode, String name, String category,
                       String description, Long officeUnitId, String officeName, List<String> materials,
                       Integer timeLimitDays, Long feeFen, Boolean agencyAllowed, List<Long> members,
                       Integer revision) {
}
