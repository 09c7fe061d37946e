package org.jiceng.deliberation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.deliberation.DeliberationText;
import org.jiceng.deliberation.DeliberationTexts;
import org.jiceng.deliberation.MeetingKind;
import org.jiceng.deliberation.TopicStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Topics, minutes and notices as the search index reads them. Who may read one is decided here as the pages decide
 * it: the resource's read scope, and for a notice the display period unless the person keeps the board's history.
 */
@Component
class DeliberationTextReader implements DeliberationTexts {

    private static final String TOPIC = "select id, territory_code, title, description, step, created_at from deliberation.topic";
    private static final String MINUTES = """
            select id, territory_code, kind, title, minutes, held_on from deliberation.meeting
            where minutes is not null""";
    private static final String NOTICE = "select id, territory_code, title, body, published_at from deliberation.notice";

    private final JdbcClient jdbc;
    private final Clock clock;

    DeliberationTextReader(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeliberationText> topics(Collection<Long> ids) {
        return jdbc.sql(TOPIC + " where id = any(:ids)").param("ids", array(ids)).query(DeliberationTextReader::topic).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeliberationText> topicsAfter(long afterId, int limit) {
        return jdbc.sql(TOPIC + " where id > :after order by id limit :limit").param("after", afterId)
                .param("limit", limit).query(DeliberationTextReader::topic).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeliberationText> minutes(Collection<Long> meetingIds) {
        return jdbc.sql(MINUTES + " and id = any(:ids)").param("ids", array(meetingIds))
                .query(DeliberationTextReader::minutes).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeliberationText> minutesAfter(long afterId, int limit) {
        return jdbc.sql(MINUTES + " and id > :after order by id limit :limit").param("after", afterId)
                .param("limit", limit).query(DeliberationTextReader::minutes).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeliberationText> notices(Collection<Long> ids) {
        return jdbc.sql(NOTICE + " where id = any(:ids)").param("ids", array(ids)).query(DeliberationTextReader::notice).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeliberationText> noticesAfter(long afterId, int limit) {
        return jdbc.sql(NOTICE + " where id > :after order by id limit :limit").param("after", afterId)
                .param("limit", limit).query(DeliberationTextReader::notice).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readableTopics(CurrentUser user, Collection<Long> ids) {
        return within("deliberation.topic", DeliberationAccess.scope(user, Resource.TOPIC, Action.READ), ids);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readableMinutes(CurrentUser user, Collection<Long> meetingIds) {
        return within("deliberation.meeting", DeliberationAccess.scope(user, Resource.MEETING, Action.READ), meetingIds);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> readableNotices(CurrentUser user, Collection<Long> ids) {
        Scope scope = DeliberationAccess.scope(user, Resource.NOTICE, Action.READ);
        if (ids.isEmpty() || scope.isEmpty()) {
            return Set.of();
        }
        Scope history = DeliberationAccess.noticeHistory(user);
        LocalDate today = Beijing.today(clock);
        Set<Long> readable = new HashSet<>();
        jdbc.sql("select id, territory_code, from_date, to_date from deliberation.notice where id = any(:ids) and "
                        + scope.where("territory_code", "county"))
                .params(scope.params()).param("ids", array(ids))
                .query(rs -> {
                    LocalDate from = rs.getObject("from_date", LocalDate.class);
                    LocalDate to = rs.getObject("to_date", LocalDate.class);
                    boolean showing = !today.isBefore(from) && (to == null || !today.isAfter(to));
                    if (showing || history.covers(rs.getString("territory_code"))) {
                        readable.add(rs.getLong("id"));
                    }
                });
        return readable;
    }

    private Set<Long> within(String table, Scope scope, Collection<Long> ids) {
        if (ids.isEmpty() || scope.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select id from " + table + " where id = any(:ids) and " + scope.where("territory_code", "county"))
                .params(scope.params()).param("ids", array(ids)).query(Long.class).list());
    }

    private static Long[] array(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    private static DeliberationText topic(ResultSet rs, int n) throws SQLException {
        return new DeliberationText(rs.getLong("id"), rs.getString("territory_code"),
                rs.getString("title") + "（" + TopicStep.valueOf(rs.getString("step")).label() + "）",
                rs.getString("description"), rs.getTimestamp("created_at").toInstant());
    }

    private static DeliberationText minutes(ResultSet rs, int n) throws SQLException {
        LocalDate day = rs.getObject("held_on", LocalDate.class);
        return new DeliberationText(rs.getLong("id"), rs.getString("territory_code"),
                MeetingKind.valueOf(rs.getString("kind")).label() + " · " + rs.getString("title") + "（纪要）",
                rs.getString("minutes"), day.atStartOfDay(Beijing.ZONE).toInstant());
    }

    private static DeliberationText notice(ResultSet rs, int n) throws SQLException {
        return new DeliberationText(rs.getLong("id"), rs.getString("territory_code"), rs.getString("title"),
                rs.getString("body"), rs.getTimestamp("published_at").toInstant());
    }
}
