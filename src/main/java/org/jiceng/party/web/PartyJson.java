package org.jiceng.party.web;

import java.time.LocalDate;
import org.jiceng.BadInputException;
import org.jiceng.ForbiddenException;
import org.jiceng.Scope;
import org.jiceng.party.AnniversaryView;
import org.jiceng.party.MemberView;
import org.jiceng.party.OrganisationView;
import org.jiceng.party.PostView;
import org.jiceng.territory.Level;

/** The JSON shapes of the party API: enums with their Chinese names beside them. */
final class PartyJson {

    private PartyJson() {
    }

    record Organisation(long id, Long parentId, String name, String level, String levelName, String kind,
                        String kindName, String focus, String territoryCode, LocalDate establishedOn,
                        LocalDate dissolvedOn, int version) {
        static Organisation of(OrganisationView o) {
            return new Organisation(o.id(), o.parentId(), o.name(), o.level().name(), o.level().label(),
                    o.kind().name(), o.kind().label(), o.focus(), o.territoryCode(), o.establishedOn(),
                    o.dissolvedOn(), o.version());
        }
    }

    record OrganisationDetail(long id, Long parentId, String name, String level, String levelName, String kind,
                              String kindName, String focus, String territoryCode, LocalDate establishedOn,
                              LocalDate dissolvedOn, int version, long children, Long members) {
    }

    record Member(long id, long residentId, String name, String territoryCode, long organisationId,
                  String organisationName, LocalDate joinedOn, String status, String statusName, LocalDate fullOn,
                  boolean centralHousehold, boolean inService, String employer, int version) {
        static Member of(MemberView m) {
            return new Member(m.id(), m.residentId(), m.name(), m.territoryCode(), m.organisationId(),
                    m.organisationName(), m.joinedOn(), m.status().name(), m.status().label(), m.fullOn(),
                    m.centralHousehold(), m.inService(), m.employer(), m.version());
        }
    }

    record Anniversary(long memberId, String name, String territoryCode, String organisationName,
                       LocalDate joinedOn, LocalDate date, int years) {
        static Anniversary of(AnniversaryView a) {
            MemberView m = a.member();
            return new Anniversary(m.id(), m.name(), m.territoryCode(), m.organisationName(), m.joinedOn(),
                    a.date(), a.years());
        }
    }

    record Post(long id, String kind, String kindName, String territoryCode, String area, Long buildingId,
                Long residentId, String holderName, LocalDate since, int version) {
        static Post of(PostView p) {
            return new Post(p.id(), p.kind().name(), p.kind().label(), p.territoryCode(), p.area(), p.buildingId(),
                    p.residentId(), p.holderName(), p.since(), p.version());
        }
    }

    record Created(long id) {
    }

    /**
     * The scope narrowed to the {@code territory} parameter (the whole scope when absent): a malformed code is
     * a 400, a territory wholly outside the scope a 403.
     */
    static Scope narrowed(Scope scope, String territory) {
        return scope.askedFor(territory);
    }
}
