package org.jiceng.volunteer.internal.points;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only points ledger. Every posting locks the volunteer's balance row first, then decides: a debit that
 * would take the balance below zero is refused (409) and nothing is written; a source that counts once (an
 * attendance, a party service record, the reversal of an entry) is found already posted and answered as it was.
 * The database refuses updates and deletes of entries and a negative balance, whatever the code does.
 */
@Repository
public class PointsLedger {

    /** A posting as asked: signed points, from a source, counted by a rule version (null for store movements). */
    public record Posting(long volunteerId, String county, String communityCode, long points, SourceKind kind,
                          long sourceId, Long ruleId, String note, Long by) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    PointsLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Posts one entry and answers its id; for a source that counts once and was posted already, the existing
     * entry's id. Must run inside the caller's transaction, so what the entry pays for is written with it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long post(Posting p) {
        if (p.points() == 0) {
            throw new IllegalArgumentException("an entry moves points");
        }
        lockAccount(p.volunteerId(), p.county(), p.communityCode());
        if (p.kind() == SourceKind.ATTENDANCE || p.kind() == SourceKind.PARTY_SERVICE || p.kind() == SourceKind.REVERSAL) {
            Optional<Long> posted = jdbc.sql("""
                            select id from volunteer.points_entry
                            where county = :county and source_kind = :kind and source_id = :source""")
                    .param("county", p.county()).param("kind", p.kind().name()).param("source", p.sourceId())
                    .query(Long.class).optional();
            if (posted.isPresent()) {
                return posted.get();
            }
        }
        var account = jdbc.sql("""
                        select balance, entries from volunteer.points_account
                        where volunteer_id = :v and county = :county""")
                .param("v", p.volunteerId()).param("county", p.county())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        long after = Math.addExact(account[0], p.points());
        if (after < 0) {
            throw new ConflictException("积分不足：现有 " + account[0] + " 分，这笔需要 " + (-p.points()) + " 分");
        }
        int seq = (int) account[1] + 1;
        jdbc.sql("update volunteer.points_account set balance = :b, entries = :seq where volunteer_id = :v and county = :county")
                .param("b", after).param("seq", seq).param("v", p.volunteerId()).param("county", p.county()).update();
        return jdbc.sql("""
                        insert into volunteer.points_entry (county, volunteer_id, community_code, seq, points, balance_after,
                                                            source_kind, source_id, rule_id, note, recorded_by, recorded_at)
                        values (:county, :v, :community, :seq, :points, :after, :kind, :source, :rule, :note, :by, :at)
                        returning id""")
                .param("county", p.county()).param("v", p.volunteerId()).param("community", p.communityCode())
                .param("seq", seq).param("points", p.points()).param("after", after).param("kind", p.kind().name())
                .param("source", p.sourceId()).param("rule", p.ruleId())
                .param("note", note(p.note())).param("by", p.by())
                .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(Beijing.OFFSET))
                .query(Long.class).single();
    }

    /** The note as the entry keeps it: the first 200 characters (the record it traces to keeps the rest). */
    static String note(String note) {
        if (note == null) {
            return "";
        }
        return note.length() <= 200 ? note : note.substring(0, 199) + "…";
    }

    /** The balance, 0 for a volunteer who never earned a point. */
    public long balance(long volunteerId, String county) {
        return jdbc.sql("select balance from volunteer.points_account where volunteer_id = :v and county = :county")
                .param("v", volunteerId).param("county", county).query(Long.class).optional().orElse(0L);
    }

    /** Locks the volunteer's balance row (made at 0 if it is not there yet) until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockAccount(long volunteerId, String county, String communityCode) {
        jdbc.sql("""
                        insert into volunteer.points_account (volunteer_id, county, community_code)
                        values (:v, :county, :community) on conflict do nothing""")
                .param("v", volunteerId).param("county", county).param("community", communityCode).update();
        jdbc.sql("select 1 from volunteer.points_account where volunteer_id = :v and county = :county for update")
                .param("v", volunteerId).param("county", county).query(Integer.class).single();
    }
}
