package org.jiceng.deliberation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiceng.Scope;
import org.jiceng.deliberation.Art278;
import org.jiceng.deliberation.BallotKind;
import org.jiceng.deliberation.BallotMatter;
import org.jiceng.deliberation.BallotView;
import org.jiceng.deliberation.VoteChoice;
import org.jiceng.deliberation.VoteCount;
import org.jiceng.deliberation.VoteHouseholdRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Ballots, their voter roll ({@code ballot_participation}) and their ballot box ({@code ballot_choice}).
 * Reads of ballots take a {@link Scope} or the user id of an owner on the roll.
 */
@Repository
class BallotRepository {

    private static final String VIEW = """
            select b.id, b.kind, b.estate_id, e.name as estate_name, b.territory_code, b.title, b.matter, b.household_rule,
                   b.secret, b.allow_change, b.closes_at, b.closed_at,
                   case when b.closed_at is not null then 'CLOSED' when b.closes_at <= :now then 'ENDED' else 'OPEN' end as status,
                   b.total_voters, b.total_area, %s as participating
            from deliberation.ballot b left join deliberation.estate e on e.id = b.estate_id""";

    /** The view with the number of voters so far, or without it (0) where a vote is being recorded. */
    private static String view(boolean counted) {
        return VIEW.formatted(counted
                ? "(select count(*) from deliberation.ballot_participation p where p.ballot_id = b.id)" : "0");
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    BallotRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record NewBallot(BallotKind kind, Long estateId, String territoryCode, String title, BallotMatter matter,
                     VoteHouseholdRule householdRule, boolean secret, boolean allowChange, Instant closesAt,
                     long totalArea, long totalVoters, String by) {
    }

    long insert(NewBallot b) {
        return jdbc.sql("""
                        insert into deliberation.ballot (county, kind, estate_id, territory_code, title, matter, household_rule,
                            secret, allow_change, closes_at, total_area, total_voters, created_by, created_at)
                        values (left(:territory, 6), :kind, :estate, :territory, :title, :matter, :rule, :secret, :allowChange, :closesAt, :area,
                                :voters, :by, :now) returning id""")
                .param("now", now()).param("kind", b.kind().name()).param("estate", b.estateId()).param("territory", b.territoryCode())
                .param("title", b.title()).param("matter", b.matter().name())
                .param("rule", b.householdRule() == null ? null : b.householdRule().name())
                .param("secret", b.secret()).param("allowChange", b.allowChange())
                .param("closesAt", Timestamp.from(b.closesAt())).param("area", b.totalArea())
                .param("voters", b.totalVoters()).param("by", b.by()).query(Long.class).single();
    }

    Optional<BallotView> find(long id, Scope scope) {
        return find(id, scope, true);
    }

    Optional<BallotView> find(long id, Scope scope, boolean counted) {
        return jdbc.sql(view(counted) + " where b.id = :id and " + scope.where("b.territory_code", "b.county"))
                .param("now", now()).params(scope.params()).param("id", id).query((rs, n) -> view(rs)).optional();
    }

    /** A household ballot of the residents' village. */
    Optional<BallotView> findHousehold(long id, Scope residents, boolean counted) {
        return jdbc.sql(view(counted) + " where b.id = :id and b.kind = 'HOUSEHOLDS' and " + residents.where("b.territory_code", "b.county"))
                .param("now", now()).params(residents.params()).param("id", id).query((rs, n) -> view(rs)).optional();
    }

    /** An owners' ballot of an estate where {@code userId} is on the roll. */
    Optional<BallotView> findForOwner(long id, long userId, boolean counted) {
        return jdbc.sql(view(counted) + " where b.id = :id and exists (select 1 from deliberation.estate_owner o"
                        + " where o.estate_id = b.estate_id and o.user_id = :user)")
                .param("now", now()).param("id", id).param("user", userId).query((rs, n) -> view(rs)).optional();
    }

    /** Newest first, keyset on id. */
    List<BallotView> list(Scope scope, long beforeId, int limit) {
        return jdbc.sql(view(true) + " where " + scope.where("b.territory_code", "b.county") + " and b.id < :before order by b.id desc limit :limit")
                .param("now", now()).params(scope.params()).param("before", beforeId).param("limit", limit).query((rs, n) -> view(rs)).list();
    }

    /** The ballots of every estate where {@code userId} is an owner, newest first. */
    List<BallotView> ofOwner(long userId, int limit) {
        return jdbc.sql(view(true) + " where b.estate_id in (select estate_id from deliberation.estate_owner where user_id = :user)"
                        + " order by b.id desc limit :limit")
                .param("now", now()).param("user", userId).param("limit", limit).query((rs, n) -> view(rs)).list();
    }

    private static BallotView view(ResultSet rs) throws SQLException {
        String rule = rs.getString("household_rule");
        BallotKind kind = BallotKind.valueOf(rs.getString("kind"));
        return new BallotView(rs.getLong("id"), kind, (Long) rs.getObject("estate_id"), rs.getString("estate_name"),
                rs.getString("territory_code"), rs.getString("title"), BallotMatter.valueOf(rs.getString("matter")),
                rule == null ? null : VoteHouseholdRule.valueOf(rule), rs.getBoolean("secret"), rs.getBoolean("allow_change"),
                rs.getObject("closes_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class),
                rs.getString("status"), rs.getLong("total_voters"),
                kind == BallotKind.OWNERS ? Art278.formatArea(rs.getLong("total_area")) : null, rs.getLong("participating"));
    }

    /** The clock's time: whether a ballot has ended is decided by it, not by the database's {@code now()}. */
    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Locks the ballot against closing while a vote is recorded; answers whether it still takes votes. */
    boolean lockOpen(long id) {
        return jdbc.sql("select closed_at is null and closes_at > :now from deliberation.ballot where id = :id for share")
                .param("now", now()).param("id", id).query(Boolean.class).single();
    }

    boolean close(long id) {
        return jdbc.sql("update deliberation.ballot set closed_at = :now, version = version + 1 where id = :id and closed_at is null")
                .param("now", now()).param("id", id).update() == 1;
    }

    /** Enters the voter on the roll; false if they are on it already. Choice and receipt only for open ballots. */
    boolean participate(long ballotId, long voterId, String channel, String by, VoteChoice choice, byte[] receipt) {
        return jdbc.sql("""
                        insert into deliberation.ballot_participation (county, ballot_id, voter_id, channel, recorded_by, choice,
                            receipt_hash, voted_at)
                        select county, id, :voter, :channel, :by, :choice, :receipt, :now from deliberation.ballot
                        where id = :ballot on conflict do nothing""")
                .param("now", now()).param("ballot", ballotId).param("voter", voterId).param("channel", channel).param("by", by)
                .param("choice", choice == null ? null : choice.name()).param("receipt", receipt).update() == 1;
    }

    /** A changed vote: the roll's entry anew; answers the receipt hash it held (open ballots), if any. */
    Optional<byte[]> replaceParticipation(long ballotId, long voterId, String channel, String by, VoteChoice choice,
                                          byte[] receipt) {
        List<byte[]> olds = jdbc.sql("select receipt_hash from deliberation.ballot_participation where ballot_id = :ballot and voter_id = :voter")
                .param("ballot", ballotId).param("voter", voterId).query((rs, n) -> rs.getBytes(1)).list();
        byte[] old = olds.isEmpty() ? null : olds.getFirst();
        jdbc.sql("""
                        update deliberation.ballot_participation set channel = :channel, recorded_by = :by, voted_at = :now,
                            choice = :choice, receipt_hash = :receipt
                        where ballot_id = :ballot and voter_id = :voter""")
                .param("now", now()).param("ballot", ballotId).param("voter", voterId).param("channel", channel).param("by", by)
                .param("choice", choice == null ? null : choice.name()).param("receipt", receipt).update();
        return Optional.ofNullable(old);
    }

    void insertChoice(long ballotId, byte[] receipt, VoteChoice choice, long weight) {
        jdbc.sql("insert into deliberation.ballot_choice (county, ballot_id, receipt_hash, choice, weight)"
                        + " select county, id, :receipt, :choice, :weight from deliberation.ballot where id = :ballot")
                .param("ballot", ballotId).param("receipt", receipt).param("choice", choice.name()).param("weight", weight)
                .update();
    }

    /** Takes a choice out of the box when its voter changes it; the weight must match the voter's. */
    boolean deleteChoice(long ballotId, byte[] receipt, long weight) {
        return jdbc.sql("delete from deliberation.ballot_choice where ballot_id = :ballot and receipt_hash = :receipt and weight = :weight")
                .param("ballot", ballotId).param("receipt", receipt).param("weight", weight).update() == 1;
    }

    Optional<VoteChoice> choiceOf(long ballotId, byte[] receipt) {
        return jdbc.sql("select choice from deliberation.ballot_choice where ballot_id = :ballot and receipt_hash = :receipt")
                .param("ballot", ballotId).param("receipt", receipt).query(String.class).optional().map(VoteChoice::valueOf);
    }

    /** The sums of the box by choice, over the roll fixed when the ballot opened. */
    VoteCount count(long ballotId, long totalArea, long totalVoters) {
        long[] area = new long[3];
        long[] voters = new long[3];
        jdbc.sql("select choice, count(*), coalesce(sum(weight), 0) from deliberation.ballot_choice where ballot_id = :ballot group by choice")
                .param("ballot", ballotId).query((ResultSet rs) -> {
                    int i = VoteChoice.valueOf(rs.getString(1)).ordinal();
                    voters[i] = rs.getLong(2);
                    area[i] = rs.getLong(3);
                });
        return new VoteCount(totalArea, totalVoters, area[0], voters[0], area[1], voters[1], area[2], voters[2]);
    }

    /** The area that took part, which a sealed ballot may show. */
    long participatingWeight(long ballotId) {
        return jdbc.sql("select coalesce(sum(weight), 0) from deliberation.ballot_choice where ballot_id = :ballot")
                .param("ballot", ballotId).query(Long.class).single();
    }

    Set<Long> voters(long ballotId) {
        return Set.copyOf(jdbc.sql("select voter_id from deliberation.ballot_participation where ballot_id = :ballot")
                .param("ballot", ballotId).query(Long.class).list());
    }

    boolean hasVoted(long ballotId, long voterId) {
        return jdbc.sql("select exists (select 1 from deliberation.ballot_participation where ballot_id = :ballot and voter_id = :voter)")
                .param("ballot", ballotId).param("voter", voterId).query(Boolean.class).single();
    }

    long count() {
        return jdbc.sql("select count(*) from deliberation.ballot").query(Long.class).single();
    }
}
