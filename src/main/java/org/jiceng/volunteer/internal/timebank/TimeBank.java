package org.jiceng.volunteer.internal.timebank;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi;
import org.jiceng.territory.Level;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.volunteer.internal.Volunteers;
import org.jiceng.volunteer.internal.timebank.TimeBankViews.Account;
import org.jiceng.volunteer.internal.timebank.TimeBankViews.Proxy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time-bank accounts: opened for a volunteer (by themselves, or by the community for one of its volunteers), a
 * proxy registered to act for a member who cannot use a phone, and an account moved to another community of the
 * county with its balance and history.
 */
@Service
public class TimeBank {

    private final TimeBankRepository repository;
    private final TimeBankAccess access;
    private final Volunteers volunteers;
    private final IdentityApi identity;
    private final TerritoryApi territory;
    private final Clock clock;

    TimeBank(TimeBankRepository repository, Volunteers volunteers, IdentityApi identity, TerritoryApi territory,
             Clock clock) {
        this.repository = repository;
        this.access = new TimeBankAccess(repository);
        this.volunteers = volunteers;
        this.identity = identity;
        this.territory = territory;
        this.clock = clock;
    }

    /**
     * Opens the account of {@code volunteerId}; or, with {@code communityCode} and {@code name}, the community signs up
     * a member who does not use a phone and opens theirs; with neither, the signed-in person's own (signing them up).
     */
    public record OpenRequest(Long volunteerId, String communityCode, String name) {
    }

    public record ProxyRequest(String username, String relation) {
    }

    public record TransferRequest(String toCommunity, String reason) {
    }

    @Transactional
    public Account open(OpenRequest request, CurrentUser user) {
        Volunteers.Volunteer volunteer;
        if (request != null && request.volunteerId() == null && request.name() != null) {
            String community = request.communityCode() == null ? "" : request.communityCode().strip();
            if (Level.ofCode(community) != Level.VILLAGE || territory.division(community).isEmpty()) {
                throw new BadInputException("communityCode", "村(社区)代码（communityCode）须为存在的 12 位代码");
            }
            AccessPolicy.check(user, Resource.TIME_BANK, Action.CREATE, AccessPolicy.Target.at(community));
            String name = Input.text(request.name(), "name", "成员姓名", 1, 40);
            volunteer = volunteers.get(volunteers.register(new Volunteers.NewVolunteer(community, null, null, name,
                    null, List.of(), ""))).orElseThrow();
        } else if (request == null || request.volunteerId() == null) {
            String community = communityOf(user);
            AccessPolicy.check(user, Resource.TIME_BANK, Action.CREATE,
                    AccessPolicy.Target.at(community).with(org.jiceng.Relation.OWN));
            volunteer = volunteers.byUser(user.id()).orElseGet(() -> volunteers.get(volunteers.register(
                    new Volunteers.NewVolunteer(community, user.id(), user.residentId(), user.displayName(), null,
                            List.of(), ""))).orElseThrow());
        } else {
            volunteer = volunteers.get(Input.id(request.volunteerId(), "volunteerId", "志愿者"))
                    .orElseThrow(() -> new BadInputException("volunteerId", "志愿者不存在"));
            boolean own = volunteer.userId() != null && volunteer.userId() == user.id();
            AccessPolicy.Target target = AccessPolicy.Target.at(volunteer.communityCode())
                    .withIf(own, org.jiceng.Relation.OWN);
            if (!AccessPolicy.allows(user, Resource.TIME_BANK, Action.CREATE, target)) {
                throw new BadInputException("volunteerId", "志愿者不存在或不在您的辖区内");
            }
        }
        if (!volunteer.active()) {
            throw new ConflictException("该志愿者已退出，不能开立时间银行账户");
        }
        if (repository.accountOfVolunteer(volunteer.county(), volunteer.id()).isPresent()) {
            throw new ConflictException(volunteer.name() + " 已有时间银行账户");
        }
        long id = repository.open(volunteer.communityCode(), volunteer.id(), volunteer.userId(), volunteer.name(),
                now());
        return repository.account(id).orElseThrow();
    }

    public Account account(long id, CurrentUser user) {
        return access.check(user, id, Action.READ);
    }

    public boolean holds(CurrentUser user, Account account) {
        return access.holds(user, account);
    }

    public Page<Account> accounts(CurrentUser user, String territoryCode, String after, int limit) {
        var scope = AccessPolicy.scope(user, Resource.TIME_BANK, Action.READ).askedFor(territoryCode);
        return Page.byId(repository.accounts(scope, user.id(), Cursor.idBelow(after), limit), limit, Account::id);
    }

    public List<Proxy> proxies(long accountId, CurrentUser user) {
        access.check(user, accountId, Action.READ);
        return repository.proxies(accountId);
    }

    /** The community registers a proxy: a family member or a grid worker with an account of their own. */
    @Transactional
    public Proxy registerProxy(long accountId, ProxyRequest request, CurrentUser user) {
        Account account = repository.account(accountId).orElseThrow(() -> TimeBankAccess.notFound(accountId));
        // the community registers proxies: a member or a proxy may not name one themselves
        if (!AccessPolicy.allows(user, Resource.TIME_BANK, Action.CREATE, AccessPolicy.Target.at(account.communityCode()))) {
            if (!AccessPolicy.allows(user, Resource.TIME_BANK, Action.READ, access.target(user, account))) {
                throw TimeBankAccess.notFound(accountId);
            }
            throw AccessPolicy.refusal(Resource.TIME_BANK, Action.CREATE);
        }
        String relation = request.relation() == null ? "" : request.relation().strip();
        if (!relation.equals("FAMILY") && !relation.equals("GRID_WORKER")) {
            throw new BadInputException("relation", "代理人关系（relation）须为 FAMILY 家庭成员 或 GRID_WORKER 网格员");
        }
        String username = Input.text(request.username(), "username", "代理人账号", 1, 60);
        CurrentUser proxy = identity.findByUsername(username)
                .orElseThrow(() -> new BadInputException("username", "代理人账号（username）不存在"));
        if (relation.equals("GRID_WORKER") && !proxy.has(Role.GRID_WORKER)) {
            throw new BadInputException("relation", "该账号不是网格员，请选择家庭成员");
        }
        if (account.userId() != null && account.userId() == proxy.id()) {
            throw new BadInputException("username", "代理人不能是成员本人");
        }
        long id = repository.addProxy(account, proxy.id(), proxy.displayName(), relation, user.id(), now());
        return repository.proxies(accountId).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    /** Town or county staff move an account to another community of the county; balance and history go with it. */
    @Transactional
    public Account transfer(long accountId, TransferRequest request, CurrentUser user) {
        Account account = access.check(user, accountId, Action.MANAGE);
        String to = request.toCommunity() == null ? "" : request.toCommunity().strip();
        if (Level.ofCode(to) != Level.VILLAGE || territory.division(to).isEmpty()) {
            throw new BadInputException("toCommunity", "转入社区（toCommunity）须为存在的 12 位村(社区)代码");
        }
        if (!to.startsWith(account.communityCode().substring(0, 6))) {
            throw new BadInputException("toCommunity", "时间银行账户只能在本县内转移");
        }
        if (to.equals(account.communityCode())) {
            throw new BadInputException("toCommunity", "转入社区与现所在社区相同");
        }
        String reason = Input.text(request.reason(), "reason", "转移原因", 1, 200);
        Account locked = repository.lockAccount(accountId).orElseThrow();
        String from = territory.division(locked.communityCode()).map(d -> d.name()).orElse(locked.communityCode());
        String toName = territory.division(to).orElseThrow().name();
        repository.append(locked, to, "TRANSFER", 0, locked.balance(), null, null,
                "由" + from + "转至" + toName + "：" + reason, Beijing.today(clock), user.id(), user.displayName(),
                false, now());
        return repository.account(accountId).orElseThrow();
    }

    /** The community of a resident's grant, where their own account opens. */
    static String communityOf(CurrentUser user) {
        String home = user.homeTerritory();
        if (home.length() < 12) {
            throw new BadInputException("volunteerId", "请填写志愿者（volunteerId）：您的账号不属于某个村(社区)");
        }
        return home.substring(0, 12);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(Beijing.OFFSET);
    }

    static NotFoundException notFound(long id) {
        return TimeBankAccess.notFound(id);
    }
}
