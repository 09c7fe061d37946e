package org.jiceng.identity.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.CurrentUser.Grant;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The questions of account management; {@link UserRepository} answers those of signing in. */
@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Filter(String territory, Role role, String q, Boolean enabled) {
    }

    private record Row(long id, String username, String displayName, boolean enabled, boolean mustChangePassword,
                       Long residentId, Long partyMemberId, OffsetDateTime createdAt) {
    }

    /**
     * Accounts newest first whose every grant lies inside {@code scope}: an account that also holds a role
     * beside or above is not the scope's to see.
     */
    List<AccountView> list(Scope scope, Filter filter, long beforeId, int limit) {
        StringBuilder sql = new StringBuilder("""
                select u.id, u.username, u.display_name, u.enabled, u.must_change_password, u.resident_id,
                       u.party_member_id, u.created_at
                from identity.app_user u
                where u.id < :before
                  and exists (select 1 from identity.role_grant g where g.user_id = u.id)
                  and not exists (select 1 from identity.role_grant g where g.user_id = u.id and not\s""")
                .append(scope.where("g.territory_code")).append(")\n");
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("before", beforeId);
        if (filter.territory() != null) {
            sql.append(" and exists (select 1 from identity.role_grant t where t.user_id = u.id"
                    + " and starts_with(t.territory_code, :territory))");
            params.put("territory", filter.territory());
        }
        if (filter.role() != null) {
            sql.append(" and exists (select 1 from identity.role_grant r where r.user_id = u.id and r.role = :role)");
            params.put("role", filter.role().name());
        }
        if (filter.q() != null) {
            sql.append(" and (u.username ilike :q escape '\\' or u.display_name ilike :q escape '\\')");
            params.put("q", "%" + filter.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.enabled() != null) {
            sql.append(" and u.enabled = :enabled");
            params.put("enabled", filter.enabled());
        }
        sql.append(" order by u.id desc limit :limit");
        params.put("limit", limit + 1);
        List<Row> rows = jdbc.sql(sql.toString()).params(params).query(Row.class).list();
        Map<Long, List<Grant>> grants = grantsOf(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> view(r, grants.getOrDefault(r.id(), List.of()))).toList();
    }

    Optional<AccountView> find(long id) {
        return jdbc.sql("""
                        select id, username, display_name, enabled, must_change_password, resident_id,
                               party_member_id, created_at
                        from identity.app_user where id = :id""")
                .param("id", id).query(Row.class).optional()
                .map(r -> view(r, grantsOf(List.of(id)).getOrDefault(id, List.of())));
    }

    void rename(long id, String displayName) {
        jdbc.sql("update identity.app_user set display_name = :name, updated_at = now() where id = :id")
                .param("name", displayName).param("id", id).update();
    }

    void enable(long id, boolean enabled) {
        jdbc.sql("update identity.app_user set enabled = :enabled, updated_at = now() where id = :id")
                .param("enabled", enabled).param("id", id).update();
    }

    void replaceGrants(long id, List<Grant> grants, UserRepository users) {
        jdbc.sql("delete from identity.role_grant where user_id = :id").param("id", id).update();
        grants.forEach(g -> users.grant(id, g));
    }

    void setPassword(long id, String hash, boolean mustChange) {
        jdbc.sql("""
                        update identity.app_user set password_hash = :hash, must_change_password = :must,
                               updated_at = now() where id = :id""")
                .param("hash", hash).param("must", mustChange).param("id", id).update();
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from identity.app_user where id = :id").param("id", id)
                .query(String.class).optional();
    }

    private Map<Long, List<Grant>> grantsOf(List<Long> ids) {
        Map<Long, List<Grant>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                        select user_id, role, territory_code, unit_id from identity.role_grant
                        where user_id = any(:ids) order by user_id, length(territory_code), role""")
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Grant(
                            Role.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getObject(4) == null ? null : rs.getLong(4)));
                });
        return result;
    }

    private static AccountView view(Row r, List<Grant> grants) {
        return new AccountView(r.id(), r.username(), r.displayName(), r.enabled(), r.mustChangePassword(),
                r.residentId(), r.partyMemberId(), r.createdAt(), List.copyOf(grants));
    }
}
