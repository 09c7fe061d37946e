package org.jiceng.identity.internal;

import java.util.List;
import java.util.Optional;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredUser(long id, String username, String displayName, String passwordHash, boolean enabled,
                      Long residentId, Long partyMemberId, boolean mustChangePassword) {
    }

    Optional<StoredUser> findByUsername(String username) {
        return jdbc.sql("""
                        select id, username, display_name, password_hash, enabled, resident_id, party_member_id,
                               must_change_password
                        from identity.app_user where username = :username""")
                .param("username", username)
                .query(StoredUser.class).optional();
    }

    List<CurrentUser.Grant> grantsOf(long userId) {
        return jdbc.sql("""
                        select role, territory_code, unit_id from identity.role_grant
                        where user_id = :id order by length(territory_code), role""")
                .param("id", userId)
                .query((rs, n) -> new CurrentUser.Grant(Role.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3) == null ? null : rs.getLong(3)))
                .list();
    }

    Optional<CurrentUser> findCurrentUser(String username) {
        return findByUsername(username).map(this::toCurrentUser);
    }

    Optional<CurrentUser> findCurrentUser(long id) {
        return jdbc.sql("""
                        select id, username, display_name, password_hash, enabled, resident_id, party_member_id,
                               must_change_password
                        from identity.app_user where id = :id and enabled""")
                .param("id", id).query(StoredUser.class).optional().map(this::toCurrentUser);
    }

    CurrentUser toCurrentUser(StoredUser user) {
        return new CurrentUser(user.id(), user.username(), user.displayName(), grantsOf(user.id()),
                user.residentId(), user.partyMemberId());
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from identity.app_user where username = :u").param("u", username)
                .query(Long.class).single() > 0;
    }

    long insert(String username, String displayName, String passwordHash) {
        return jdbc.sql("""
                        insert into identity.app_user (username, display_name, password_hash)
                        values (:username, :displayName, :hash) returning id""")
                .param("username", username).param("displayName", displayName).param("hash", passwordHash)
                .query(Long.class).single();
    }

    void grant(long userId, CurrentUser.Grant grant) {
        jdbc.sql("""
                        insert into identity.role_grant (user_id, role, territory_code, unit_id)
                        values (:user, :role, :territory, :unit)""")
                .param("user", userId).param("role", grant.role().name())
                .param("territory", grant.territoryCode()).param("unit", grant.unitId())
                .update();
    }

    void linkResident(long userId, Long residentId) {
        jdbc.sql("update identity.app_user set resident_id = :resident where id = :id")
                .param("resident", residentId).param("id", userId).update();
    }

    void linkPartyMember(long userId, Long memberId) {
        jdbc.sql("update identity.app_user set party_member_id = :member where id = :id")
                .param("member", memberId).param("id", userId).update();
    }

    void mustChangePassword(long userId, boolean must) {
        jdbc.sql("update identity.app_user set must_change_password = :must where id = :id")
                .param("must", must).param("id", userId).update();
    }

    public long count() {
        return jdbc.sql("select count(*) from identity.app_user").query(Long.class).single();
    }
}
