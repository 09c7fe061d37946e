package org.jiceng.volunteer.internal;

import java.util.List;
import java.util.Optional;
import org.jiceng.people.PeopleApi;
import org.jiceng.people.SealedPhone;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The volunteers of the module's every part: who they are, where, and the account they sign in with. */
@Repository
public class Volunteers {

    /** A volunteer as the module's parts read one. */
    public record Volunteer(long id, String county, String communityCode, Long userId, Long residentId, String name,
                            String phoneMasked, List<String> skills, String availability, String status, int version) {

        public boolean active() {
            return status.equals("ACTIVE");
        }
    }

    /** What signing up records; {@code phone} is sealed on the way in and never kept in clear. */
    public record NewVolunteer(String communityCode, Long userId, Long residentId, String name, String phone,
                               List<String> skills, String availability) {
    }

    static final String PHONE_PURPOSE = "volunteer.phone";

    private final JdbcClient jdbc;
    private final PeopleApi people;

    Volunteers(JdbcClient jdbc, PeopleApi people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    public long register(NewVolunteer v) {
        SealedPhone phone = v.phone() == null || v.phone().isBlank() ? null : people.sealPhone(PHONE_PURPOSE, v.phone());
        return jdbc.sql("""
                        insert into volunteer.volunteer (county, community_code, user_id, resident_id, name, phone_sealed,
                                                         phone_masked, skills, availability)
                        values (:county, :community, :user, :resident, :name, :sealed, :masked, :skills, :availability)
                        returning id""")
                .param("county", v.communityCode().substring(0, 6))
                .param("community", v.communityCode())
                .param("user", v.userId())
                .param("resident", v.residentId())
                .param("name", v.name())
                .param("sealed", phone == null ? null : phone.sealed())
                .param("masked", phone == null ? null : phone.masked())
                .param("skills", v.skills() == null ? new String[0] : v.skills().toArray(String[]::new))
                .param("availability", v.availability() == null ? "" : v.availability())
                .query(Long.class).single();
    }

    public Optional<Volunteer> get(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Volunteers::map).optional();
    }

    /** The volunteer record of an account, if it signed up (one per county; a deployment holds one county). */
    public Optional<Volunteer> byUser(long userId) {
        return jdbc.sql(SELECT + " where user_id = :user order by id limit 1").param("user", userId)
                .query(Volunteers::map).optional();
    }

    public Optional<Volunteer> byResident(long residentId) {
        return jdbc.sql(SELECT + " where resident_id = :resident order by id limit 1").param("resident", residentId)
                .query(Volunteers::map).optional();
    }

    /** The volunteers of the communities in {@code scope}, newest first. */
    public List<Volunteer> within(org.jiceng.Scope scope, String community, long below, int limit) {
        return jdbc.sql(SELECT + " where " + scope.where("community_code", "county")
                        + (community == null ? "" : " and community_code = :community")
                        + " and id < :below order by id desc limit :limit")
                .params(scope.params()).param("community", community).param("below", below).param("limit", limit)
                .query(Volunteers::map).list();
    }

    /** Changes skills and availability if nobody changed the record since {@code version} was read. */
    public boolean update(long id, int version, List<String> skills, String availability) {
        return jdbc.sql("""
                        update volunteer.volunteer set skills = :skills, availability = :availability,
                               version = version + 1
                        where id = :id and version = :version""")
                .param("skills", skills.toArray(String[]::new)).param("availability", availability).param("id", id)
                .param("version", version).update() == 1;
    }

    private static final String SELECT = """
            select id, county, community_code, user_id, resident_id, name, phone_masked, skills, availability, status,
                   version
            from volunteer.volunteer""";

    private static Volunteer map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Volunteer(rs.getLong("id"), rs.getString("county"), rs.getString("community_code"),
                rs.getObject("user_id", Long.class), rs.getObject("resident_id", Long.class), rs.getString("name"),
                rs.getString("phone_masked"), List.of((String[]) rs.getArray("skills").getArray()),
                rs.getString("availability"), rs.getString("status"), rs.getInt("version"));
    }
}
