package org.jiceng.party.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.jiceng.party.MemberStatus;
import org.jiceng.party.MemberView;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Party members; every read takes the caller's {@link Scope} on the member's household territory. */
@Repository
public class MemberRepository {

    private static final String SELECT = """
            select m.id, m.resident_id, m.name, m.territory_code, m.organisation_id, o.name, m.joined_on, m.status,
                   m.central_household, m.in_service, m.employer, m.version
            from party.member m join party.organisation o on o.id = m.organisation_id
            """;

    /** The organisation and everything below it. */
    private static final String SUBTREE = """
            with recursive subtree (id) as (
                select id from party.organisation where id = :organisation
                union all
                select o.id from party.organisation o join subtree s on o.parent_id = s.id)
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    MemberRepository(JdbcClient jdbc, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
    }

    record NewMember(long residentId, String name, String territoryCode, long organisationId, LocalDate joinedOn,
                     MemberStatus status, boolean centralHousehold, boolean inService, String employer) {
    }

    long insert(NewMember m) {
        return jdbc.sql("""
                        insert into party.member (county, resident_id, name, territory_code, organisation_id, joined_on,
                                                  status, central_household, in_service, employer)
                        values (left(:territory, 6), :resident, :name, :territory, :organisation, :joined, :status,
                                :central, :inService, :employer)
                        returning id""")
                .param("resident", m.residentId()).param("name", m.name()).param("territory", m.territoryCode())
                .param("organisation", m.organisationId()).param("joined", m.joinedOn())
                .param("status", m.status().name()).param("central", m.centralHousehold())
                .param("inService", m.inService()).param("employer", m.employer())
                .query(Long.class).single();
    }

    /**
     * Moves a member to another organisation or changes their flags, if nobody changed the record since
     * {@code version} was read; answers whether it did.
     */
    boolean update(long id, int version, long organisationId, boolean centralHousehold, boolean inService,
                   String employer) {
        return jdbc.sql("""
                        update party.member set organisation_id = :organisation, central_household = :central,
                            in_service = :inService, employer = :employer, version = version + 1
                        where id = :id and version = :version""")
                .param("id", id).param("version", version).param("organisation", organisationId)
                .param("central", centralHousehold).param("inService", inService).param("employer", employer)
                .update() == 1;
    }

    /** Whether the resident is already a member anywhere: a resident can be a member once. */
    boolean residentIsMember(long residentId) {
        return jdbc.sql("select exists (select 1 from party.member where resident_id = :resident)")
                .param("resident", residentId).query(Boolean.class).single();
    }

    Optional<MemberView> find(long id, Scope scope) {
        return jdbc.sql(SELECT + "where m.id = :id and " + scope.where("m.territory_code", "m.county"))
                .params(scope.params()).param("id", id).query(mapper()).optional();
    }

    Optional<MemberView> findByResident(long residentId, Scope scope) {
        return jdbc.sql(SELECT + "where m.resident_id = :resident and " + scope.where("m.territory_code", "m.county"))
                .params(scope.params()).param("resident", residentId).query(mapper()).optional();
    }

    List<MemberView> within(Scope scope, long after, int limit) {
        return jdbc.sql(SELECT + "where " + scope.where("m.territory_code", "m.county") + " and m.id > :after order by m.id limit :limit")
                .params(scope.params()).param("after", after).param("limit", limit).query(mapper()).list();
    }

    /** Members of an organisation and of the organisations below it (a 党总支's branches and their groups). */
    List<MemberView> inOrganisation(long organisationId, Scope scope, long after, int limit) {
        return jdbc.sql(SUBTREE + SELECT + "where m.organisation_id in (select id from subtree) and "
                        + scope.where("m.territory_code", "m.county") + " and m.id > :after order by m.id limit :limit")
                .params(scope.params()).param("organisation", organisationId).param("after", after)
                .param("limit", limit).query(mapper()).list();
    }

    long countInOrganisation(long organisationId, Scope scope) {
        return jdbc.sql(SUBTREE + "select count(*) from party.member m where m.organisation_id in (select id from subtree) and "
                        + scope.where("m.territory_code", "m.county"))
                .params(scope.params()).param("organisation", organisationId).query(Long.class).single();
    }

    /**
     * Members whose join month and day is one of {@code monthDays} and who joined before {@code joinedBefore}
     * (an earlier calendar year: an anniversary of at least one year), by id after the cursor.
     */
    List<MemberView> joinedOnMonthDays(List<Integer> monthDays, LocalDate joinedBefore, Scope scope, long after,
                                       int limit) {
        return jdbc.sql(SELECT + "where m.join_month_day in (:monthDays) and m.joined_on < :before and "
                        + scope.where("m.territory_code", "m.county") + " and m.id > :after order by m.id limit :limit")
                .params(scope.params()).param("monthDays", monthDays).param("before", joinedBefore)
                .param("after", after).param("limit", limit).query(mapper()).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from party.member").query(Long.class).single();
    }

    /** Maps a row as of today: a probationary member whose year is over shows as full. */
    private RowMapper<MemberView> mapper() {
        LocalDate today = Beijing.today(clock);
        return (rs, n) -> view(rs, today);
    }

    private static MemberView view(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate joinedOn = rs.getObject(7, LocalDate.class);
        MemberStatus recorded = MemberStatus.valueOf(rs.getString(8));
        return new MemberView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), joinedOn, Probation.effective(recorded, joinedOn, today), Probation.fullOn(joinedOn),
                rs.getBoolean(9), rs.getBoolean(10), rs.getString(11), rs.getInt(12));
    }
}
