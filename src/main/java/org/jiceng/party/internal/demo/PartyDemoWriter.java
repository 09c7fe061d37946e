package org.jiceng.party.internal.demo;

import org.jiceng.party.internal.OrganisationTree;

import org.jiceng.County;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Writes the generated demo rows with COPY, each batch in one transaction, and moves the identity
 * sequences past the ids the generators assigned so later inserts continue after them.
 */
@Component
class PartyDemoWriter {

    private final DataSource dataSource;

    PartyDemoWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void writeOrganisations(List<OrganisationTree.Node> nodes) throws SQLException {
        inTransaction(connection -> {
            try (CopyRows copy = new CopyRows(connection, "party.organisation",
                    "id, parent_id, name, level, kind, focus, territory_code, established_on, dissolved_on")) {
                for (OrganisationTree.Node n : nodes) {
                    copy.row(n.id(), n.parentId(), n.name(), n.level().name(), n.kind().name(), n.focus(),
                            n.territoryCode(), n.establishedOn(), n.dissolvedOn());
                }
                copy.finish();
            }
            restartIdentity(connection, "party.organisation");
        });
    }

    void writeMembers(List<MemberGenerator.Member> members, DualRegistrationGenerator.Result registrations)
            throws SQLException {
        // a service record lives in its registration's county
        java.util.Map<Long, String> counties = new java.util.HashMap<>();
        inTransaction(connection -> {
            try (CopyRows copy = new CopyRows(connection, "party.member", "id, resident_id, name, territory_code, "
                    + "organisation_id, joined_on, status, central_household, in_service, employer, county")) {
                for (MemberGenerator.Member m : members) {
                    copy.row(m.id(), m.residentId(), m.name(), m.territoryCode(), m.organisationId(), m.joinedOn(),
                            m.status().name(), m.centralHousehold(), m.inService(), m.employer(),
                            County.of(m.territoryCode()));
                }
                copy.finish();
            }
            try (CopyRows copy = new CopyRows(connection, "party.dual_registration",
                    "id, community_code, unit_name, member_id, registered_on, county")) {
                for (DualRegistrationGenerator.Registration r : registrations.registrations()) {
                    copy.row(r.id(), r.communityCode(), r.unitName(), r.memberId(), r.registeredOn(),
                            County.of(r.communityCode()));
                    counties.put(r.id(), County.of(r.communityCode()));
                }
                copy.finish();
            }
            try (CopyRows copy = new CopyRows(connection, "party.service_record",
                    "id, registration_id, served_on, minutes, description, county")) {
                for (DualRegistrationGenerator.Service s : registrations.services()) {
                    copy.row(s.id(), s.registrationId(), s.servedOn(), s.minutes(), s.description(),
                            counties.get(s.registrationId()));
                }
                copy.finish();
            }
            restartIdentity(connection, "party.member");
            restartIdentity(connection, "party.dual_registration");
            restartIdentity(connection, "party.service_record");
        });
    }

    void writePosts(List<PostGenerator.Post> posts) throws SQLException {
        inTransaction(connection -> {
            try (CopyRows copy = new CopyRows(connection, "party.post",
                    "id, kind, territory_code, area, resident_id, holder_name, since, county")) {
                for (PostGenerator.Post p : posts) {
                    copy.row(p.id(), p.kind().name(), p.territoryCode(), p.area(), p.residentId(), p.holderName(),
                            p.since(), County.of(p.territoryCode()));
                }
                copy.finish();
            }
            restartIdentity(connection, "party.post");
        });
    }

    private static void restartIdentity(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                    + "coalesce((select max(id) from " + table + "), 0) + 1, false)");
        }
    }

    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private void inTransaction(Work work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
