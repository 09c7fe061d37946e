package org.jiceng.volunteer.internal.points;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.volunteer.internal.Volunteers;
import org.jiceng.volunteer.internal.Volunteers.Volunteer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Reading points: a volunteer's balance and entries, the balances of a community, and 双报到 services' outcomes. */
@Service
public class PointsAccounts {

    /** A volunteer's balance as a list shows it. */
    public record Balance(long volunteerId, String name, String communityCode, long balance, int entries) {
    }

    /** What a 双报到 service record earned, or why nothing. */
    public record PartyServiceOutcome(long recordId, String communityCode, Long memberId, int minutes,
                                      Long volunteerId, Long entryId, String reason, OffsetDateTime recordedAt) {
    }

    private final JdbcClient jdbc;
    private final PointsAccess access;
    private final Volunteers volunteers;

    PointsAccounts(JdbcClient jdbc, PointsAccess access, Volunteers volunteers) {
        this.jdbc = jdbc;
        this.access = access;
        this.volunteers = volunteers;
    }

    /** The volunteer record of the signed-in person, if they signed up. */
    public Optional<Volunteer> mine(CurrentUser user) {
        return volunteers.byUser(user.id());
    }

    public Balance balance(CurrentUser user, long volunteerId) {
        Volunteer v = access.require(user, Action.READ, volunteerId);
        return jdbc.sql("select balance, entries from volunteer.points_account where volunteer_id = :v and county = :county")
                .param("v", v.id()).param("county", v.county())
                .query((rs, n) -> new Balance(v.id(), v.name(), v.communityCode(), rs.getLong(1), rs.getInt(2)))
                .optional().orElse(new Balance(v.id(), v.name(), v.communityCode(), 0, 0));
    }

    /** A volunteer's entries, newest first. */
    public Page<EntryView> entries(CurrentUser user, long volunteerId, String after, Integer limit) {
        Volunteer v = access.require(user, Action.READ, volunteerId);
        int n = Page.limit(limit);
        List<EntryView> rows = jdbc.sql(ENTRIES + """
                         where e.county = :county and e.volunteer_id = :v and e.id < :below
                         order by e.id desc limit :n""")
                .param("county", v.county()).param("v", v.id()).param("below", Cursor.idBelow(after)).param("n", n + 1)
                .query(PointsAccounts::entry).list();
        return Page.byId(rows, n, EntryView::id);
    }

    /** One entry, for the person who may read its volunteer's points. */
    public EntryView entry(CurrentUser user, long entryId) {
        EntryView e = jdbc.sql(ENTRIES + " where e.id = :id").param("id", entryId).query(PointsAccounts::entry).optional()
                .orElseThrow(() -> new NotFoundException("积分记录 " + entryId + " 不存在"));
        try {
            access.require(user, Action.READ, e.volunteerId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("积分记录 " + entryId + " 不存在");
        }
        return e;
    }

    /** The balances of volunteers of a place the person reads every volunteer's points in, by volunteer id. */
    public Page<Balance> balances(CurrentUser user, String territory, String after, Integer limit) {
        Scope scope = access.staffScope(user);
        int n = Page.limit(limit);
        if (scope.isEmpty()) {
            // a resident's list is their own record, wherever they ask
            List<Balance> own = mine(user).map(v -> List.of(balance(user, v.id()))).orElse(List.of());
            return new Page<>(own, null);
        }
        if (territory != null && !territory.isBlank()) {
            if (!territory.matches("[0-9]{6,15}")) {
                throw new BadInputException("territory", "territory 须是行政区划代码");
            }
            scope = scope.narrowedTo(territory);
            if (scope.isEmpty()) {
                throw AccessPolicy.refusal(Resource.POINTS, Action.READ);
            }
        }
        List<Balance> rows = jdbc.sql("""
                        select v.id, v.name, v.community_code, coalesce(a.balance, 0), coalesce(a.entries, 0)
                        from volunteer.volunteer v
                        left join volunteer.points_account a on a.volunteer_id = v.id and a.county = v.county
                        where %s and v.id > :above order by v.id limit :n""".formatted(scope.where("v.community_code", "v.county")))
                .params(scope.params()).param("above", Cursor.idAbove(after)).param("n", n + 1)
                .query((rs, i) -> new Balance(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5)))
                .list();
        return Page.byId(rows, n, Balance::volunteerId);
    }

    /** The latest 双报到 services of the person's territory and what each earned, newest first. */
    public List<PartyServiceOutcome> partyServices(CurrentUser user, int limit) {
        Scope scope = access.staffScope(user);
        return jdbc.sql("""
                        select record_id, community_code, member_id, minutes, volunteer_id, entry_id, reason, recorded_at
                        from volunteer.points_party_service where %s order by recorded_at desc limit :n"""
                        .formatted(scope.where("community_code", "county")))
                .params(scope.params()).param("n", limit)
                .query((rs, i) -> new PartyServiceOutcome(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class),
                        rs.getInt(4), rs.getObject(5, Long.class), rs.getObject(6, Long.class), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class)))
                .list();
    }

    static final String ENTRIES = """
            select e.id, e.volunteer_id, e.seq, e.points, e.balance_after, e.source_kind, e.source_id, e.rule_id,
                   r.version, e.note, e.recorded_at,
                   (select x.id from volunteer.points_entry x where x.county = e.county and x.source_kind = 'REVERSAL'
                           and x.source_id = e.id) as reversed_by
            from volunteer.points_entry e
            left join volunteer.points_rule r on r.id = e.rule_id and r.county = e.county
            """;

    static EntryView entry(ResultSet rs, int n) throws SQLException {
        SourceKind kind = SourceKind.valueOf(rs.getString("source_kind"));
        return new EntryView(rs.getLong("id"), rs.getLong("volunteer_id"), rs.getInt("seq"), rs.getLong("points"),
                rs.getLong("balance_after"), kind, kind.label(), rs.getLong("source_id"),
                rs.getObject("rule_id", Long.class), rs.getObject("version", Integer.class), rs.getString("note"),
                rs.getObject("recorded_at", OffsetDateTime.class), rs.getObject("reversed_by", Long.class));
    }
}
