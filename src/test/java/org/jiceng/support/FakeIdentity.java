package org.jiceng.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.identity.AuditTrail;
import org.jiceng.identity.IdentityApi;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Accounts and the audit trail in memory, for module tests that run without the identity module: the demo
 * accounts of 堂琅社区 (shequ, jumin, wangge) and what a test creates are found by name and id, and what the
 * module audits is kept in {@link #audited}. Imported, it is itself the bean that stands in for both APIs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeIdentity implements IdentityApi, AuditTrail {

    public static final String TANGLANG = "530326001001";

    private final Map<Long, CurrentUser> accounts = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    public final List<String> audited = Collections.synchronizedList(new ArrayList<>());

    /** The demo accounts of 堂琅社区 that the modules' demo seeders look up by name. */
    public FakeIdentity() {
        createUser(new NewUser("shequ", "堂琅社区两委", null,
                List.of(new CurrentUser.Grant(Role.VILLAGE_STAFF, TANGLANG, null))));
        createUser(new NewUser("jumin", "堂琅社区居民", null,
                List.of(new CurrentUser.Grant(Role.RESIDENT, TANGLANG, null))));
        createUser(new NewUser("wangge", "堂琅社区网格员", null,
                List.of(new CurrentUser.Grant(Role.GRID_WORKER, TANGLANG + "001", null))));
    }

    @Override
    public long createUser(NewUser user) {
        long id = ids.incrementAndGet();
        accounts.put(id, new CurrentUser(id, user.username(), user.displayName(), user.grants()));
        return id;
    }

    @Override
    public Optional<CurrentUser> findByUsername(String username) {
        return accounts.values().stream().filter(u -> u.username().equals(username)).findFirst();
    }

    @Override
    public Optional<CurrentUser> findById(long id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public void linkResident(long userId, Long residentId) {
        accounts.computeIfPresent(userId, (id, u) -> new CurrentUser(id, u.username(), u.displayName(), u.grants(),
                residentId, u.partyMemberId()));
    }

    @Override
    public void linkPartyMember(long userId, Long partyMemberId) {
        accounts.computeIfPresent(userId, (id, u) -> new CurrentUser(id, u.username(), u.displayName(), u.grants(),
                u.residentId(), partyMemberId));
    }

    @Override
    public void record(CurrentUser who, String event, String detail) {
        audited.add(who.username() + " " + event + " " + detail);
    }

    @Override
    public void recordAnonymous(String username, String event, String detail) {
        audited.add(username + " " + event + " " + detail);
    }
}
