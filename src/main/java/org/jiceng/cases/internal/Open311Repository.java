package org.jiceng.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.cases.CaseState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public Open311 view of cases: public cases only, no reporter, no notes. Open311 is public by the spec
 * (GeoReport v2 serves one jurisdiction to anyone), so these reads take no scope but read only cases made public;
 * a private case is answered as missing. They answer only the columns the spec names.
 */
@Repository
class Open311Repository {

    private static final String SELECT = """
            select c.id, c.state, c.category_code, k.name as category_name, c.description, c.territory_code, c.lat,
                   c.lon, c.address, c.level, c.routed_unit_id, c.lead_unit_id, c.merged_into, c.received_at,
                   c.resolve_due_at, r.media_url,
                   coalesce((select max(e.at) from cases.case_event e where e.case_id = c.id), c.received_at) as updated_at
            from cases.case_file c
            join cases.category k on k.code = c.category_code
            left join cases.open311_request r on r.case_id = c.id""";

    private final JdbcClient jdbc;

    Open311Repository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case as Open311 shows it, before names are looked up. */
    record Row(long id, CaseState state, String categoryCode, String categoryName, String description,
               String territoryCode, Double lat, Double lon, String address, String level, Long routedUnitId,
               Long leadUnitId, Long mergedInto, OffsetDateTime receivedAt, OffsetDateTime resolveDueAt,
               String mediaUrl, OffsetDateTime updatedAt) {
    }

    /** What {@code GET requests} asks: ids (then nothing else counts), or codes, a time range and a status. */
    record Filter(List<Long> ids, List<String> codes, Instant start, Instant end, Boolean open) {
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id and c.public").param("id", id).query((rs, n) -> row(rs)).optional();
    }

    /** Newest first, at most {@code limit}. */
    List<Row> list(Filter filter, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where c.public");
        if (!filter.ids().isEmpty()) {
            where.append(" and c.id in (:ids)");
            params.put("ids", filter.ids());
        } else {
            where.append(" and c.received_at >= :start and c.received_at < :end");
            params.put("start", Timestamp.from(filter.start()));
            params.put("end", Timestamp.from(filter.end()));
            if (!filter.codes().isEmpty()) {
                where.append(" and c.category_code in (:codes)");
                params.put("codes", filter.codes());
            }
            if (filter.open() != null) {
                where.append(filter.open() ? " and c.state not in ('CLOSED', 'REJECTED')" : " and c.state in ('CLOSED', 'REJECTED')");
            }
        }
        return jdbc.sql(SELECT + where + " order by c.received_at desc, c.id desc limit :limit")
                .params(params).param("limit", limit).query((rs, n) -> row(rs)).list();
    }

    /** The case an Open311 token (the external id of its POST) stands for. */
    Optional<Long> caseOfToken(String token) {
        return jdbc.sql("select id from cases.case_file where channel = 'OPEN311' and external_id = :token")
                .param("token", token).query(Long.class).optional();
    }

    /** The token of an Open311 POST (the case's external id) and the case's category. */
    record Token(String token, String categoryCode) {
    }

    /** The token of a case an Open311 client filed. */
    Optional<Token> tokenOfCase(long caseId) {
        return jdbc.sql("select external_id, category_code from cases.case_file where id = :id and channel = 'OPEN311'")
                .param("id", caseId).query((rs, n) -> new Token(rs.getString(1), rs.getString(2))).optional();
    }

    void insertRequest(long caseId, long clientId, String mediaUrl) {
        jdbc.sql("insert into cases.open311_request (county, case_id, client_id, media_url)"
                        + " select county, id, :client, :media from cases.case_file where id = :case")
                .param("case", caseId).param("client", clientId).param("media", mediaUrl).update();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), CaseState.valueOf(rs.getString("state")), rs.getString("category_code"),
                rs.getString("category_name"), rs.getString("description"), rs.getString("territory_code"),
                (Double) rs.getObject("lat"), (Double) rs.getObject("lon"), rs.getString("address"),
                rs.getString("level"), (Long) rs.getObject("routed_unit_id"), (Long) rs.getObject("lead_unit_id"),
                (Long) rs.getObject("merged_into"), beijing(rs, "received_at"),
                beijing(rs, "resolve_due_at"), rs.getString("media_url"),
                beijing(rs, "updated_at"));
    }

    private static OffsetDateTime beijing(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(Beijing.ZONE).toOffsetDateTime();
    }
}
