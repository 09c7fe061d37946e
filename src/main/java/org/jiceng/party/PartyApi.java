package org.jiceng.party;

import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;

/** What other modules may ask of party work. */
public interface PartyApi {

    Optional<OrganisationView> organisation(long id, Scope scope);

    Optional<MemberView> member(long id, Scope scope);

    /** The member record of a resident, if the resident is a party member inside the scope. */
    Optional<MemberView> memberOfResident(long residentId, Scope scope);

    /** Members whose 入党生日 falls in the current week (Monday to Sunday, Beijing time). */
    List<AnniversaryView> anniversariesThisWeek(Scope scope);

    /** Posts (三长, 楼长, 网格员) at a village or grid and below. */
    List<PostView> posts(String territoryPrefix, Scope scope);

    /** Organisations at a territory and below, inside the scope, by id. */
    List<OrganisationView> organisations(String territoryPrefix, Scope scope);

    /** What the organisation and those below it did in the year (for star ratings). */
    OrganisationYearFacts yearFacts(long organisationId, int year);
}
