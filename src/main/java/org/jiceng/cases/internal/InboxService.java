package org.jiceng.cases.internal;

import java.util.List;
import java.util.Map;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.ArrayColumns;
import org.jiceng.RowsAtCommit;
import org.jiceng.cases.InboxMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app inbox. A message is addressed to a person, to the staff of a territory node (the village, town or
 * county that must act) or to a department; each reader keeps their own read marks.
 */
@Service
public class InboxService {

    private static final String MINE = """
            (m.user_id = :user or m.unit_id = :unit
             or (m.territory_code = any(cast(:nodes as text[])))
             or (m.kind like 'party.%' and m.territory_code = any(cast(:partyNodes as text[]))))""";

    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private final RowsAtCommit<Message> pending = new RowsAtCommit<>(this::insert);

    InboxService(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<InboxMessage> messages(CurrentUser user, long beforeId, int limit) {
        return jdbc.sql("select m.id, m.case_id, m.kind, m.title, m.body, m.created_at,"
                        + " exists (select 1 from cases.inbox_read r where r.user_id = :user and r.message_id = m.id) as read"
                        + " from cases.inbox m where " + MINE + " and m.id < :before order by m.id desc limit :limit")
                .params(audience(user)).param("before", beforeId).param("limit", limit)
                .query((rs, n) -> new InboxMessage(rs.getLong("id"), (Long) rs.getObject("case_id"), rs.getString("kind"),
                        rs.getString("title"), rs.getString("body"), CaseRepository.beijing(rs, "created_at"),
                        rs.getBoolean("read")))
                .list();
    }

    public int unread(CurrentUser user) {
        return jdbc.sql("select count(*) from cases.inbox m where " + MINE
                        + " and not exists (select 1 from cases.inbox_read r where r.user_id = :user and r.message_id = m.id)")
                .params(audience(user)).query(Integer.class).single();
    }

    @Transactional
    public void markRead(CurrentUser user, long messageId) {
        jdbc.sql("insert into cases.inbox_read (user_id, message_id) select :user, m.id from cases.inbox m"
                        + " where m.id = :id and " + MINE + " on conflict do nothing")
                .params(audience(user)).param("id", messageId).update();
    }

    /**
     * Staff read the messages of the nodes they hold a staff role at; branch secretaries and party administrators
     * the party's messages of their nodes; residents only their own.
     */
    private static Map<String, Object> audience(CurrentUser user) {
        String[] nodes = user.grants().stream()
                .filter(g -> g.role() == Role.GRID_WORKER || g.role() == Role.VILLAGE_STAFF || g.role() == Role.TOWN_STAFF
                        || g.role() == Role.COUNTY_ADMIN)
                .map(CurrentUser.Grant::territoryCode).toArray(String[]::new);
        String[] partyNodes = user.grants().stream()
                .filter(g -> g.role() == Role.BRANCH_SECRETARY || g.role() == Role.PARTY_ORG_ADMIN)
                .map(CurrentUser.Grant::territoryCode).toArray(String[]::new);
        return Map.of("user", user.id(), "unit", user.unitId().orElse(-1L), "nodes", nodes, "partyNodes", partyNodes);
    }

    /**
     * Writes a message, at commit. The listeners post in the transaction of the change itself and never see an event
     * twice; each change names a recipient once (the audience is a union, the lead unit is no assisting unit).
     */
    void post(String sourceKey, Long userId, String territoryCode, Long unitId, Long caseId, String kind, String title,
              String body) {
        post(clock.instant(), sourceKey, userId, territoryCode, unitId, caseId, kind, title, body);
    }

    /** A message of a change made at {@code at} (a replayed past). */
    void post(java.time.Instant at, String sourceKey, Long userId, String territoryCode, Long unitId, Long caseId, String kind,
              String title, String body) {
        pending.add(new Message(sourceKey, userId, territoryCode, unitId, caseId, kind, title, body, at));
    }

    /** {@code at}: when the change was made (by the clock, not the database's transaction time). */
    private record Message(String sourceKey, Long userId, String territoryCode, Long unitId, Long caseId, String kind,
                           String title, String body, java.time.Instant at) {
    }

    private void insert(List<Message> messages) {
        jdbc.sql("""
                        insert into cases.inbox (source_key, user_id, territory_code, unit_id, case_id, kind, title, body,
                                                 created_at)
                        select source_key, user_id, territory_code, unit_id, case_id, kind, title, body, created_at
                        from unnest(cast(:keys as text[]), cast(:users as bigint[]), cast(:territories as text[]),
                                    cast(:units as bigint[]), cast(:cases as bigint[]), cast(:kinds as text[]),
                                    cast(:titles as text[]), cast(:bodies as text[]), cast(:ats as timestamptz[]))
                             with ordinality as m(source_key, user_id, territory_code, unit_id, case_id, kind, title, body,
                                                  created_at, n)
                        order by n""")
                .param("keys", ArrayColumns.text(messages, Message::sourceKey))
                .param("users", ArrayColumns.text(messages, Message::userId))
                .param("territories", ArrayColumns.text(messages, Message::territoryCode))
                .param("units", ArrayColumns.text(messages, Message::unitId))
                .param("cases", ArrayColumns.text(messages, Message::caseId))
                .param("kinds", ArrayColumns.text(messages, Message::kind))
                .param("titles", ArrayColumns.text(messages, Message::title))
                .param("bodies", ArrayColumns.text(messages, Message::body))
                .param("ats", ArrayColumns.text(messages, Message::at))
                .update();
    }
}
