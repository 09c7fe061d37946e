package org.jiceng.party.internal.branchlife;

import java.time.LocalDate;
import org.jiceng.party.OrganisationLevel;

/** An organisation as branch life needs it: where it is, what level, since when. */
public record BranchFacts(long id, Long parentId, String name, OrganisationLevel level, String territoryCode,
                          LocalDate establishedOn, LocalDate dissolvedOn) {
}
