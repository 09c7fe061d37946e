package org.jiceng.people;

import java.util.List;

/**
 * What other modules' projections keep of a household (visits' care lists and coverage): where it is, who heads
 * it, how many live in it and the care tags (独居老人, 低保户 …) its members carry. No personal numbers.
 */
public record HouseholdSummary(long id, String territoryCode, String address, String head, int members,
                               List<String> careTags) {

    public HouseholdSummary {
        careTags = careTags == null ? List.of() : List.copyOf(careTags);
    }
}
