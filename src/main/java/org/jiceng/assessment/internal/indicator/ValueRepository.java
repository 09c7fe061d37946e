package org.jiceng.assessment.internal.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.CurrentUser;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Entered values and their evidence files. */
@Repository
class ValueRepository {

    private static final String SELECT = """
            select v.*, i.name as indicator_name, i.unit from assessment.indicator_value v
            join assessment.indicator i on i.id = v.indicator_id and i.county = v.county
            """;

    private final JdbcClient jdbc;

    ValueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String county, long indicator, String subject, String territory, String period, BigDecimal value,
                String evidence, CurrentUser user) {
        return jdbc.sql("""
                        insert into assessment.indicator_value (county, indicator_id, subject, territory_code, period, value,
                            evidence, entered_by, entered_by_name)
                        values (:county, :indicator, :subject, :territory, :period, :value, :evidence, :by, :name)
                        returning id""")
                .param("county", county).param("indicator", indicator).param("subject", subject)
                .param("territory", territory).param("period", period).param("value", value)
                .param("evidence", evidence).param("by", user.id()).param("name", user.displayName())
                .query(Long.class).single();
    }

    boolean review(long id, String state, String note, int version, CurrentUser user, OffsetDateTime at) {
        return jdbc.sql("""
                        update assessment.indicator_value set state = :state, review_note = :note, reviewed_by = :by,
                            reviewed_by_name = :name, reviewed_at = :at, version = version + 1
                        where id = :id and version = :version and state = 'ENTERED'""")
                .param("state", state).param("note", note).param("by", user.id()).param("name", user.displayName())
                .param("at", at).param("id", id).param("version", version).update() == 1;
    }

    long enteredBy(long id) {
        return jdbc.sql("select entered_by from assessment.indicator_value where id = :id").param("id", id)
                .query(Long.class).single();
    }

    void addFile(String county, long value, String name, String type, byte[] bytes, long by) {
        jdbc.sql("""
                insert into assessment.value_evidence (county, value_id, file_name, content_type, bytes, added_by)
                values (:county, :value, :name, :type, :bytes, :by)""")
                .param("county", county).param("value", value).param("name", name).param("type", type)
                .param("bytes", bytes).param("by", by).update();
    }

    Optional<EnteredValues.Upload> file(long value, long file) {
        return jdbc.sql("select file_name, content_type, bytes from assessment.value_evidence where value_id = :value and id = :id")
                .param("value", value).param("id", file)
                .query((rs, n) -> new EnteredValues.Upload(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    Optional<ValueView> find(long id) {
        return jdbc.sql(SELECT + " where v.id = :id").param("id", id).query(this::row).optional();
    }

    List<ValueView> list(Scope scope, Long indicator, String state, long below, int limit) {
        return jdbc.sql(SELECT + " where " + scope.where("v.territory_code", "v.county")
                        + (indicator == null ? "" : " and v.indicator_id = :indicator")
                        + (state == null ? "" : " and v.state = :state")
                        + " and v.id < :below order by v.id desc limit :limit")
                .params(scope.params()).param("indicator", indicator == null ? 0L : indicator)
                .param("state", state == null ? "" : state).param("below", below)
                .param("limit", limit).query(this::row).list();
    }

    /** Newest first, so the latest accepted value is the first that overlaps. */
    List<ValueView> accepted(String county, long indicator, String subject) {
        return jdbc.sql(SELECT + " where v.county = :county and v.indicator_id = :indicator and v.subject = :subject"
                        + " and v.state = 'ACCEPTED' order by v.reviewed_at desc, v.id desc")
                .param("county", county).param("indicator", indicator).param("subject", subject)
                .query(this::row).list();
    }

    private ValueView row(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        List<ValueView.EvidenceFile> files = jdbc.sql(
                        "select id, file_name, content_type from assessment.value_evidence where county = :county and value_id = :id order by id")
                .param("county", rs.getString("county")).param("id", id)
                .query((f, i) -> new ValueView.EvidenceFile(f.getLong(1), f.getString(2), f.getString(3),
                        "/api/v1/assessment/values/" + id + "/evidence/" + f.getLong(1))).list();
        return new ValueView(id, rs.getLong("indicator_id"), rs.getString("indicator_name"), rs.getString("subject"),
                rs.getString("territory_code"), rs.getString("period"), Indicators.plain(rs.getBigDecimal("value")),
                rs.getString("unit"), rs.getString("evidence"), rs.getString("state"), rs.getString("entered_by_name"),
                rs.getObject("entered_at", OffsetDateTime.class), rs.getString("reviewed_by_name"),
                rs.getObject("reviewed_at", OffsetDateTime.class), rs.getString("review_note"), files,
                rs.getInt("version"));
    }
}
