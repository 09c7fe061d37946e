package org.jiceng.volunteer.internal.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The goods of a community's 爱心超市: listed to its residents and staff, kept by its organisers. */
@Service
public class StoreGoods {

    /** A good as staff enter or change it; {@code stock} only when it is entered (then counted as stocked in). */
    public record GoodForm(String communityCode, String name, Long price, Integer stock, Boolean active, Integer version) {
    }

    private final JdbcClient jdbc;
    private final StoreAccess access;
    private final StoreMovements movements;
    private final java.time.Clock clock;

    StoreGoods(JdbcClient jdbc, StoreAccess access, StoreMovements movements, java.time.Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.access = access;
        this.movements = movements;
    }

    public GoodView require(CurrentUser user, Action action, long id) {
        return access.require(user, action, id);
    }

    public Optional<GoodView> find(long id) {
        return access.find(id);
    }

    /** A community's goods, active first, by name; staff see the withdrawn ones too. */
    public List<GoodView> list(CurrentUser user, String communityCode) {
        checkCommunity(communityCode);
        access.check(user, Action.READ, communityCode);
        boolean keeper = access.allows(user, Action.MANAGE, communityCode);
        return jdbc.sql(SELECT + " where community_code = :c and county = :county" + (keeper ? "" : " and active")
                        + " order by active desc, name, id limit 500")
                .param("c", communityCode).param("county", communityCode.substring(0, 6)).query(StoreGoods::map).list();
    }

    @Transactional
    public GoodView create(CurrentUser user, GoodForm form) {
        String community = form.communityCode() == null ? "" : form.communityCode().strip();
        checkCommunity(community);
        access.check(user, Action.MANAGE, community);
        String name = name(form.name());
        long price = price(form.price());
        int stock = form.stock() == null ? 0 : form.stock();
        if (stock < 0 || stock > 100_000) {
            throw new BadInputException("stock", "库存须在 0 到 100000 之间");
        }
        long id = jdbc.sql("""
                        insert into volunteer.store_good (county, community_code, name, price, stock, created_at)
                        values (:county, :c, :name, :price, 0, :at) returning id""")
                .param("county", community.substring(0, 6)).param("c", community).param("name", name)
                .param("at", java.time.OffsetDateTime.now(clock))
                .param("price", price).query(Long.class).single();
        GoodView good = find(id).orElseThrow();
        if (stock > 0) {
            movements.stockIn(user, good, stock, "建档入库");
        }
        return find(id).orElseThrow();
    }

    /** Changes the name, price or whether it is offered; {@code version} must be the one the person saw. */
    @Transactional
    public GoodView update(CurrentUser user, long id, GoodForm form) {
        GoodView good = require(user, Action.MANAGE, id);
        if (form.version() == null) {
            throw new BadInputException("version", "请带上您看到的版本号 version");
        }
        String name = form.name() == null ? good.name() : name(form.name());
        long price = form.price() == null ? good.price() : price(form.price());
        boolean active = form.active() == null ? good.active() : form.active();
        int changed = jdbc.sql("""
                        update volunteer.store_good set name = :name, price = :price, active = :active, version = version + 1
                        where id = :id and county = :county and version = :version""")
                .param("name", name).param("price", price).param("active", active).param("id", id)
                .param("county", good.communityCode().substring(0, 6)).param("version", form.version()).update();
        if (changed == 0) {
            throw new ConflictException("商品已被他人修改，请刷新后再改");
        }
        return find(id).orElseThrow();
    }

    static void checkCommunity(String code) {
        if (code == null || !code.matches("[0-9]{12}")) {
            throw new BadInputException("communityCode", "请指明村（社区）：12 位代码");
        }
    }

    private static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 40) {
            throw new BadInputException("name", "请填写商品名称（40 字以内）");
        }
        return n;
    }

    private static long price(Long price) {
        if (price == null || price < 1 || price > 1_000_000) {
            throw new BadInputException("price", "兑换所需积分须在 1 到 1000000 之间");
        }
        return price;
    }

    private static final String SELECT = """
            select id, community_code, name, price, stock, active, version from volunteer.store_good
            """;

    static GoodView map(ResultSet rs, int n) throws SQLException {
        return new GoodView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5),
                rs.getBoolean(6), rs.getInt(7));
    }
}
