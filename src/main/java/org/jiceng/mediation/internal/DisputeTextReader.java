package org.jiceng.mediation.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jiceng.CurrentUser;
import org.jiceng.mediation.DisputeState;
import org.jiceng.mediation.DisputeText;
import org.jiceng.mediation.DisputeTexts;
import org.jiceng.mediation.DisputeType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Disputes as the search index reads them; who may read one is the same {@link MediationAccess.Readers} as the desk. */
@Component
class DisputeTextReader implements DisputeTexts {

    private static final String TEXT = """
            select d.id, d.territory_code, d.number, d.title, d.summary, d.type, d.state, d.registered_at,
                   array(select p.name from mediation.dispute_party p where p.dispute_id = d.id order by p.id) as names,
                   array(select p.resident_user_id from mediation.dispute_party p
                         where p.dispute_id = d.id and p.resident_user_id is not null order by p.id) as users
            from mediation.dispute d""";

    private final JdbcClient jdbc;

    DisputeTextReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DisputeText> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(TEXT + " where d.id = any(:ids)").param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> text(rs)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DisputeText> after(long afterId, int limit) {
        return jdbc.sql(TEXT + " where d.id > :after order by d.id limit :limit")
                .param("after", afterId).param("limit", limit).query((rs, n) -> text(rs)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readable(CurrentUser user, Collection<Long> ids) {
        MediationAccess.Readers readers = MediationAccess.readers(user);
        if (ids.isEmpty() || !readers.anyone()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select d.id from mediation.dispute d where d.id = any(:ids) and " + readers.where())
                .params(readers.params()).param("ids", ids.toArray(Long[]::new)).query(Long.class).list());
    }

    private static DisputeText text(ResultSet rs) throws SQLException {
        return new DisputeText(rs.getLong("id"), rs.getString("territory_code"), rs.getString("number"),
                rs.getString("title"), rs.getString("summary"), DisputeType.valueOf(rs.getString("type")).label(),
                DisputeState.valueOf(rs.getString("state")).label(), rs.getTimestamp("registered_at").toInstant(),
                Arrays.asList((String[]) array(rs.getArray("names"))), Arrays.asList((Long[]) array(rs.getArray("users"))));
    }

    private static Object array(Array a) throws SQLException {
        return a.getArray();
    }
}
