package org.jiceng.party.internal.duty;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 设岗定责 posts; every read takes a {@link Scope} on the post's territory. */
@Repository
class DutyPostRepository {

    private static final String COLUMNS = "id, kind, name, duties, area, territory_code, member_id, holder_name, "
            + "starts_on, ends_on, version";

    private final JdbcClient jdbc;

    DutyPostRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewDutyPost(DutyPostKind kind, String name, String duties, String area, String territoryCode, long memberId,
                       String holderName, LocalDate startsOn, LocalDate endsOn) {
    }

    long insert(NewDutyPost p) {
        return jdbc.sql("""
                        insert into party.duty_post (county, kind, name, duties, area, territory_code, member_id,
                                                     holder_name, starts_on, ends_on)
                        values (left(:territory, 6), :kind, :name, :duties, :area, :territory, :member, :holder,
                                :starts, :ends)
                        returning id""")
                .param("kind", p.kind().name()).param("name", p.name()).param("duties", p.duties())
                .param("area", p.area()).param("territory", p.territoryCode()).param("member", p.memberId())
                .param("holder", p.holderName()).param("starts", p.startsOn()).param("ends", p.endsOn())
                .query(Long.class).single();
    }

    /** Changes duties, area and end, if nobody changed the post since {@code version}; answers whether it did. */
    boolean update(long id, int version, String duties, String area, LocalDate endsOn) {
        return jdbc.sql("""
                        update party.duty_post set duties = :duties, area = :area, ends_on = :ends, version = version + 1
                        where id = :id and version = :version""")
                .param("id", id).param("version", version).param("duties", duties).param("area", area)
                .param("ends", endsOn).update() == 1;
    }

    Optional<DutyPostView> find(long id, Scope scope) {
        return jdbc.sql("select " + COLUMNS + " from party.duty_post where id = :id and " + scope.where("territory_code", "county"))
                .params(scope.params()).param("id", id).query(DutyPostView.class).optional();
    }

    List<DutyPostView> within(Scope scope, long after, int limit) {
        return jdbc.sql("select " + COLUMNS + " from party.duty_post where " + scope.where("territory_code", "county")
                        + " and id > :after order by id limit :limit")
                .params(scope.params()).param("after", after).param("limit", limit)
                .query(DutyPostView.class).list();
    }

    /** The posts of a community held on {@code day}, for the public board. */
    List<DutyPostView> activeIn(String community, LocalDate day) {
        Scope under = Scope.of(community);
        return jdbc.sql("select " + COLUMNS + " from party.duty_post where " + under.where("territory_code", "county")
                        + " and starts_on <= :day and (ends_on is null or ends_on >= :day) order by kind, id")
                .params(under.params()).param("day", day).query(DutyPostView.class).list();
    }

    long count() {
        return jdbc.sql("select count(*) from party.duty_post").query(Long.class).single();
    }
}
