package org.jiceng.deliberation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.Scope;
import org.jiceng.deliberation.TopicStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Topics, their moves, comments and supports; every read takes the caller's {@link Scope}. */
@Repository
public class TopicRepository {

    private static final String COLUMNS = "id, territory_code, title, description, step, proposer_id, proposer_name, "
            + "support_count, comment_count, created_at, updated_at, version";

    private final JdbcClient jdbc;

    private final java.time.Clock clock;

    TopicRepository(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The clock's time, so a replayed past (the demo year) is stamped with its own instants. */
    private java.time.OffsetDateTime now() {
        return java.time.OffsetDateTime.now(clock);
    }

    /** A stored topic, with the proposer's id (never shown) for masking and ownership. */
    record Stored(long id, String territoryCode, String title, String description, TopicStep step, long proposerId,
                  String proposerName, int supportCount, int commentCount, OffsetDateTime createdAt,
                  OffsetDateTime updatedAt, int version) {
    }

    record Event(String action, TopicStep fromStep, TopicStep toStep, String actor, String note, OffsetDateTime at) {
    }

    record Comment(long id, long authorId, String authorName, String body, OffsetDateTime createdAt) {
    }

    long insert(String territoryCode, String title, String description, long proposerId, String proposerName) {
        return jdbc.sql("""
                        insert into deliberation.topic (county, territory_code, title, description, step, proposer_id,
                            proposer_name, created_at, updated_at)
                        values (left(:territory, 6), :territory, :title, :description, 'COLLECTED', :proposer, :name, :now,
                            :now) returning id""")
                .param("now", now()).param("territory", territoryCode).param("title", title).param("description", description)
                .param("proposer", proposerId).param("name", proposerName)
                .query(Long.class).single();
    }

    Optional<Stored> find(long id, Scope scope) {
        return jdbc.sql("select " + COLUMNS + " from deliberation.topic where id = :id and " + scope.where("territory_code", "county"))
                .params(scope.params()).param("id", id)
                .query(TopicRepository::stored).optional();
    }

    /**
     * Topics in the scope, newest first, before the cursor id, of one step when given. A topic's code is always
     * a community's 12 digits, so a scope of one community is asked as an equality: the planner then walks
     * (territory_code, id) backwards instead of filtering the whole table newest first.
     */
    List<Stored> list(Scope scope, TopicStep step, long before, int limit) {
        boolean oneCommunity = scope.prefixes().size() == 1 && scope.prefixes().getFirst().length() == 12;
        String where = oneCommunity ? "territory_code = :community" : scope.where("territory_code", "county");
        return jdbc.sql("select " + COLUMNS + " from deliberation.topic where " + where
                        + (step == null ? "" : " and step = :step") + " and id < :before order by id desc limit :limit")
                .params(oneCommunity ? java.util.Map.of("community", scope.prefixes().getFirst()) : scope.params())
                .param("step", step == null ? null : step.name())
                .param("before", before).param("limit", limit)
                .query(TopicRepository::stored).list();
    }

    boolean move(long id, int version, TopicStep to) {
        return jdbc.sql("""
                        update deliberation.topic set step = :to, updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                .param("now", now()).param("to", to.name()).param("id", id).param("version", version).update() == 1;
    }

    void appendEvent(long topicId, String action, TopicStep from, TopicStep to, String actor, String note) {
        jdbc.sql("""
                        insert into deliberation.topic_event (county, topic_id, action, from_step, to_step, actor, note, at)
                        select county, id, :action, :from, :to, :actor, :note, :now
                        from deliberation.topic where id = :topic""")
                .param("now", now()).param("topic", topicId).param("action", action).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("actor", actor).param("note", note).update();
    }

    List<Event> events(long topicId) {
        return jdbc.sql("select action, from_step, to_step, actor, note, at from deliberation.topic_event "
                        + "where topic_id = :topic order by id")
                .param("topic", topicId)
                .query((rs, n) -> new Event(rs.getString(1), rs.getString(2) == null ? null : TopicStep.valueOf(rs.getString(2)),
                        TopicStep.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                        Beijing.shown(rs.getObject(6, OffsetDateTime.class))))
                .list();
    }

    long addComment(long topicId, long authorId, String authorName, String body) {
        long id = jdbc.sql("""
                        insert into deliberation.topic_comment (county, topic_id, author_id, author_name, body, created_at)
                        select county, id, :author, :name, :body, :now
                        from deliberation.topic where id = :topic returning id""")
                .param("now", now()).param("topic", topicId).param("author", authorId).param("name", authorName).param("body", body)
                .query(Long.class).single();
        jdbc.sql("update deliberation.topic set comment_count = comment_count + 1 where id = :id").param("id", topicId).update();
        return id;
    }

    /** Comments oldest first, after the cursor id. */
    List<Comment> comments(long topicId, long after, int limit) {
        return jdbc.sql("select id, author_id, author_name, body, created_at from deliberation.topic_comment "
                        + "where topic_id = :topic and id > :after order by id limit :limit")
                .param("topic", topicId).param("after", after).param("limit", limit)
                .query((rs, n) -> new Comment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        Beijing.shown(rs.getObject(5, OffsetDateTime.class))))
                .list();
    }

    /** Records a support once per person; whether this call added it. */
    boolean support(long topicId, long userId) {
        int added = jdbc.sql("insert into deliberation.topic_support (county, topic_id, user_id, at) select county, id, :user,"
                        + " :now from deliberation.topic where id = :topic on conflict do nothing")
                .param("now", now()).param("topic", topicId).param("user", userId).update();
        if (added == 1) {
            jdbc.sql("update deliberation.topic set support_count = support_count + 1 where id = :id").param("id", topicId).update();
        }
        return added == 1;
    }

    boolean supports(long topicId, long userId) {
        return jdbc.sql("select exists (select 1 from deliberation.topic_support where topic_id = :topic and user_id = :user)")
                .param("topic", topicId).param("user", userId).query(Boolean.class).single();
    }

    public long count() {
        return jdbc.sql("select count(*) from deliberation.topic").query(Long.class).single();
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getLong("id"), rs.getString("territory_code"), rs.getString("title"),
                rs.getString("description"), TopicStep.valueOf(rs.getString("step")), rs.getLong("proposer_id"),
                rs.getString("proposer_name"), rs.getInt("support_count"), rs.getInt("comment_count"),
                Beijing.shown(rs.getObject("created_at", OffsetDateTime.class)),
                Beijing.shown(rs.getObject("updated_at", OffsetDateTime.class)),
                rs.getInt("version"));
    }
}
