package org.jiceng.volunteer.internal.store;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Scope;
import org.jiceng.volunteer.internal.Volunteers;
import org.jiceng.volunteer.internal.Volunteers.Volunteer;
import org.jiceng.volunteer.internal.points.PointsLedger;
import org.jiceng.volunteer.internal.points.SourceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units into and out of the store. A redemption takes the stock by one conditional update (the row lock it takes
 * makes a second person's update wait and then find the stock gone: 409) and debits the points in the same
 * transaction, so both happen or neither. A donation may credit the donor's points where staff decide it earns some.
 */
@Service
public class StoreMovements {

    /** A donation as staff record it: who gave, how many, and optionally the donor volunteer's points for it. */
    public record Donation(String donor, Integer quantity, Long volunteerId, Long points) {
    }

    private final JdbcClient jdbc;
    private final StoreAccess access;
    private final PointsLedger ledger;
    private final Volunteers volunteers;
    private final Clock clock;

    StoreMovements(JdbcClient jdbc, StoreAccess access, PointsLedger ledger, Volunteers volunteers, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.ledger = ledger;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    @Transactional
    public MovementView donate(CurrentUser user, long goodId, Donation donation) {
        GoodView good = access.require(user, Action.MANAGE, goodId);
        String donor = donation.donor() == null ? "" : donation.donor().strip();
        if (donor.isEmpty() || donor.length() > 60) {
            throw new BadInputException("donor", "请填写捐赠人或单位（60 字以内）");
        }
        int quantity = quantity(donation.quantity());
        long points = donation.points() == null ? 0 : donation.points();
        if (points < 0 || points > 10_000) {
            throw new BadInputException("points", "捐赠积分须在 0 到 10000 之间");
        }
        Volunteer giver = null;
        if (donation.volunteerId() != null) {
            giver = volunteers.get(donation.volunteerId()).filter(v -> v.communityCode().equals(good.communityCode()))
                    .orElseThrow(() -> new BadInputException("volunteerId", "本社区没有这名志愿者"));
        } else if (points > 0) {
            throw new BadInputException("volunteerId", "给捐赠人记积分，须选定是哪名志愿者");
        }
        long id = stockIn(user, good, quantity, donor);
        if (giver != null && points > 0) {
            long entry = ledger.post(new PointsLedger.Posting(giver.id(), giver.county(), giver.communityCode(), points,
                    SourceKind.DONATION, id, null, "捐赠“" + good.name() + "” " + quantity + " 件", user.id()));
            jdbc.sql("update volunteer.store_movement set volunteer_id = :v, points = :p, entry_id = :e where id = :id and county = :c")
                    .param("v", giver.id()).param("p", points).param("e", entry).param("id", id)
                    .param("c", giver.county()).update();
        }
        return one(id);
    }

    /** Stocks units in (a donation, or the stock a good was entered with) and answers the movement's id. */
    @Transactional
    long stockIn(CurrentUser user, GoodView good, int quantity, String donor) {
        String county = good.communityCode().substring(0, 6);
        int stocked = jdbc.sql("""
                        update volunteer.store_good set stock = stock + :q
                        where id = :id and county = :c and stock + :q <= 1000000""")
                .param("q", quantity).param("id", good.id()).param("c", county).update();
        if (stocked == 0) {
            throw new ConflictException("“" + good.name() + "”库存将超过 1000000 件，请核对数量");
        }
        return jdbc.sql("""
                        insert into volunteer.store_movement (county, good_id, community_code, kind, quantity, donor, recorded_by, at)
                        values (:c, :good, :community, 'DONATION', :q, :donor, :by, :at) returning id""")
                .param("c", county).param("good", good.id()).param("community", good.communityCode()).param("q", quantity)
                .param("donor", donor).param("by", user.id()).param("at", OffsetDateTime.now(clock)).query(Long.class).single();
    }

    /** The signed-in volunteer redeems {@code quantity} of a good of their community's store with their points. */
    @Transactional
    public MovementView redeem(CurrentUser user, long goodId, Integer quantityAsked) {
        GoodView good = access.require(user, Action.ACT, goodId);
        int quantity = quantity(quantityAsked);
        if (quantity > 20) {
            throw new BadInputException("quantity", "一次最多兑换 20 件");
        }
        Volunteer v = volunteers.byUser(user.id())
                .orElseThrow(() -> new ConflictException("您还没有登记为志愿者，没有积分可以兑换"));
        if (!v.communityCode().equals(good.communityCode())) {
            throw new ConflictException("这件商品是其他社区爱心超市的，请在您所在社区的爱心超市兑换");
        }
        if (!good.active()) {
            throw new ConflictException("“" + good.name() + "”已下架");
        }
        String county = good.communityCode().substring(0, 6);
        long price = Math.multiplyExact(good.price(), quantity);
        // the conditional update decides who gets the last units: the second waits on the row and then finds none
        int taken = jdbc.sql("""
                        update volunteer.store_good set stock = stock - :q
                        where id = :id and county = :c and active and stock >= :q""")
                .param("q", quantity).param("id", good.id()).param("c", county).update();
        if (taken == 0) {
            throw new ConflictException("“" + good.name() + "”库存不足，已被兑完");
        }
        long id = jdbc.sql("""
                        insert into volunteer.store_movement (county, good_id, community_code, kind, quantity, volunteer_id,
                                                              points, recorded_by, at)
                        values (:c, :good, :community, 'REDEMPTION', :q, :v, :points, :by, :at) returning id""")
                .param("c", county).param("good", good.id()).param("community", good.communityCode()).param("q", -quantity)
                .param("v", v.id()).param("points", price).param("by", user.id()).param("at", OffsetDateTime.now(clock))
                .query(Long.class).single();
        long entry = ledger.post(new PointsLedger.Posting(v.id(), v.county(), v.communityCode(), -price,
                SourceKind.REDEMPTION, id, null, "兑换“" + good.name() + "” " + quantity + " 件", user.id()));
        jdbc.sql("update volunteer.store_movement set entry_id = :e where id = :id and county = :c")
                .param("e", entry).param("id", id).param("c", county).update();
        return one(id);
    }

    /** The signed-in person's redemptions, newest first. */
    public Page<MovementView> mine(CurrentUser user, String after, Integer limit) {
        Volunteer v = volunteers.byUser(user.id()).orElse(null);
        if (v == null) {
            return new Page<>(List.of(), null);
        }
        int n = Page.limit(limit);
        return Page.byId(jdbc.sql(SELECT + """
                         where m.county = :c and m.volunteer_id = :v and m.kind = 'REDEMPTION' and m.id < :below
                         order by m.id desc limit :n""")
                .param("c", v.county()).param("v", v.id()).param("below", Cursor.idBelow(after)).param("n", n + 1)
                .query(StoreMovements::map).list(), n, MovementView::id);
    }

    /** A community's movements (donors and redeemers named), for its staff and oversight, newest first. */
    public Page<MovementView> list(CurrentUser user, String communityCode, String kind, String after, Integer limit,
                                   Scope staff) {
        StoreGoods.checkCommunity(communityCode);
        if (!staff.covers(communityCode)) {
            throw new NotFoundException("没有这个社区的出入库记录可看");
        }
        if (kind != null && !kind.isBlank() && !kind.equals("DONATION") && !kind.equals("REDEMPTION")) {
            throw new BadInputException("kind", "kind 只能是 DONATION（捐赠入库）或 REDEMPTION（兑换出库）");
        }
        int n = Page.limit(limit);
        return Page.byId(jdbc.sql(SELECT + """
                         where m.community_code = :community and (:kind = '' or m.kind = :kind) and m.id < :below
                         order by m.id desc limit :n""")
                .param("community", communityCode).param("kind", kind == null ? "" : kind.strip())
                .param("below", Cursor.idBelow(after)).param("n", n + 1)
                .query(StoreMovements::map).list(), n, MovementView::id);
    }

    MovementView one(long id) {
        return jdbc.sql(SELECT + " where m.id = :id").param("id", id).query(StoreMovements::map).single();
    }

    private static int quantity(Integer q) {
        if (q == null || q < 1 || q > 100_000) {
            throw new BadInputException("quantity", "数量须在 1 到 100000 之间");
        }
        return q;
    }

    private static final String SELECT = """
            select m.id, m.good_id, g.name, m.community_code, m.kind, m.quantity, m.donor, m.volunteer_id, v.name,
                   m.points, m.entry_id, m.at
            from volunteer.store_movement m
            join volunteer.store_good g on g.id = m.good_id and g.county = m.county
            left join volunteer.volunteer v on v.id = m.volunteer_id and v.county = m.county
            """;

    private static MovementView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new MovementView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getString(7), rs.getObject(8, Long.class), rs.getString(9), rs.getLong(10),
                rs.getObject(11, Long.class), rs.getObject(12, OffsetDateTime.class).atZoneSameInstant(Beijing.ZONE)
                .toOffsetDateTime());
    }
}
