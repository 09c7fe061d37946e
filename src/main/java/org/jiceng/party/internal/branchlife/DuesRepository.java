package org.jiceng.party.internal.branchlife;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 党费 rows, one per member and month; reads for a branch take the reader's {@link Scope}. */
@Repository
class DuesRepository {

    private static final String SELECT = """
            select d.id, d.member_id, m.name, d.territory_code, d.month, d.category, d.base_fen, d.due_fen, d.paid_fen,
                   d.paid_on, d.version
            from party.dues d join party.member m on m.id = d.member_id and m.county = d.county
            """;

    private final JdbcClient jdbc;

    DuesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MemberFacts> member(long id) {
        return jdbc.sql("select id, resident_id, name, territory_code, organisation_id from party.member where id = :id")
                .param("id", id).query((rs, n) -> new MemberFacts(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5))).optional();
    }

    record NewDues(MemberFacts member, YearMonth month, DuesCategory category, Long baseFen, long dueFen,
                   long paidFen, LocalDate paidOn, long recordedBy) {
    }

    /** Inserts the month's row; empty when the member already has one for that month. */
    Optional<Long> insert(NewDues d) {
        return jdbc.sql("""
                        insert into party.dues (county, member_id, territory_code, month, category, base_fen, due_fen,
                                                paid_fen, paid_on, recorded_by)
                        values (left(:territory, 6), :member, :territory, :month, :category, :base, :due, :paid,
                                :paidOn, :by)
                        on conflict (county, member_id, month) do nothing
                        returning id""")
                .param("territory", d.member().territoryCode()).param("member", d.member().id())
                .param("month", d.month().atDay(1)).param("category", d.category().name()).param("base", d.baseFen())
                .param("due", d.dueFen()).param("paid", d.paidFen()).param("paidOn", d.paidOn())
                .param("by", d.recordedBy()).query(Long.class).optional();
    }

    boolean pay(long id, int version, long paidFen, LocalDate paidOn) {
        return jdbc.sql("""
                        update party.dues set paid_fen = :paid, paid_on = :paidOn, version = version + 1
                        where id = :id and version = :version""")
                .param("id", id).param("version", version).param("paid", paidFen).param("paidOn", paidOn)
                .update() == 1;
    }

    Optional<DuesView> find(long id) {
        return jdbc.sql(SELECT + "where d.id = :id").param("id", id).query(mapper()).optional();
    }

    List<DuesView> ofMember(long memberId, LocalDate from, LocalDate before) {
        return jdbc.sql(SELECT + "where d.member_id = :member and d.month >= :from and d.month < :before order by d.month")
                .param("member", memberId).param("from", from).param("before", before).query(mapper()).list();
    }

    /** The rows of the given members between two months (the first included, the second not), in the scope. */
    List<DuesView> ofMembers(Collection<Long> memberIds, LocalDate from, LocalDate before, Scope scope) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + "where d.member_id in (:members) and d.month >= :from and d.month < :before and "
                        + scope.where("d.territory_code", "d.county") + " order by d.month, m.name, d.member_id")
                .params(scope.params()).param("members", memberIds).param("from", from).param("before", before)
                .query(mapper()).list();
    }

    private static RowMapper<DuesView> mapper() {
        return (rs, n) -> new DuesView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                YearMonth.from(rs.getObject(5, LocalDate.class)), DuesCategory.valueOf(rs.getString(6)),
                (Long) rs.getObject(7), rs.getLong(8), rs.getLong(9), rs.getObject(10, LocalDate.class), rs.getInt(11));
    }
}
