package org.jiceng.volunteer.internal.store;

import java.util.Optional;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How a good stands to a person: by the community whose store it is in. */
@Component
public class StoreAccess {

    private final JdbcClient jdbc;

    StoreAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<GoodView> find(long id) {
        return jdbc.sql("select id, community_code, name, price, stock, active, version from volunteer.store_good where id = :id")
                .param("id", id).query(StoreGoods::map).optional();
    }

    /** The good {@code user} may do {@code action} to; 404 when they may not even read the store it is in. */
    public GoodView require(CurrentUser user, Action action, long id) {
        GoodView good = find(id).orElseThrow(() -> new NotFoundException("商品 " + id + " 不存在"));
        Target target = Target.at(good.communityCode());
        if (!AccessPolicy.allows(user, Resource.STORE, Action.READ, target)) {
            throw new NotFoundException("商品 " + id + " 不存在");
        }
        AccessPolicy.check(user, Resource.STORE, action, target);
        return good;
    }

    public boolean allows(CurrentUser user, Action action, String communityCode) {
        return AccessPolicy.allows(user, Resource.STORE, action, Target.at(communityCode));
    }

    public void check(CurrentUser user, Action action, String communityCode) {
        AccessPolicy.check(user, Resource.STORE, action, Target.at(communityCode));
    }
}
