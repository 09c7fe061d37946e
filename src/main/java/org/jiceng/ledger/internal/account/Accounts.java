package org.jiceng.ledger.internal.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Cursor;
import org.jiceng.Fen;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.Role;
import org.jiceng.deliberation.DeliberationApi;
import org.jiceng.deliberation.EstateView;
import org.jiceng.identity.IdentityApi;
import org.jiceng.ledger.internal.LedgerAccess;
import org.jiceng.ledger.internal.account.AccountViews.Account;
import org.jiceng.ledger.internal.account.AccountViews.AccountChange;
import org.jiceng.ledger.internal.account.AccountViews.NewAccount;
import org.jiceng.ledger.internal.account.AccountViews.NewKeeper;
import org.jiceng.ledger.internal.account.AccountViews.NewSubject;
import org.jiceng.ledger.internal.account.AccountViews.Subject;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the accounts of estates and village collectives with their default charts and the people named on them,
 * and changes their threshold, keepers and subjects. Access: committees of the place open and manage accounts;
 * everyone else reads what {@link LedgerAccess} lets them.
 */
@Service
public class Accounts {

    /** 5,000 yuan: seed 000's 共有基金 asks both keys for a payment above this, unless the account says otherwise. */
    public static final long DEFAULT_THRESHOLD = 500_000;

    private final LedgerAccountRepository rows;
    private final LedgerAccess access;
    private final DeliberationApi deliberation;
    private final TerritoryApi territory;
    private final IdentityApi identity;
    private final Clock clock;

    Accounts(LedgerAccountRepository rows, LedgerAccess access, DeliberationApi deliberation, TerritoryApi territory,
             IdentityApi identity, Clock clock) {
        this.rows = rows;
        this.access = access;
        this.deliberation = deliberation;
        this.territory = territory;
        this.identity = identity;
        this.clock = clock;
    }

    public Account get(CurrentUser user, long id) {
        access.require(user, Resource.LEDGER_ACCOUNT, Action.READ, id);
        LedgerAccountRepository.Row row = rows.find(id).orElseThrow();
        return LedgerAccountRepository.view(row, rows.keepers(id, row.county(), Beijing.today(clock)));
    }

    /**
     * The accounts {@code user} may read, by id. A page may hold fewer than {@code limit} accounts (those of the
     * person's village that are estates' accounts they own no home in are left out), and {@code next} goes on.
     */
    public Page<Account> list(CurrentUser user, Long estate, String territoryPrefix, String after, int limit) {
        List<String> villages = user.grants().stream()
                .filter(g -> g.role() == Role.RESIDENT || g.role() == Role.HOUSEHOLD_CHIEF)
                .map(g -> g.territoryCode().length() >= 12 ? g.territoryCode().substring(0, 12) : g.territoryCode())
                .distinct().toList();
        LocalDate today = Beijing.today(clock);
        List<LedgerAccountRepository.Row> fetched = rows.candidates(AccessPolicy.scope(user, Resource.LEDGER_ACCOUNT, Action.READ),
                user.id(), today, villages, estate, blankToNull(territoryPrefix), Cursor.idAbove(after), limit + 1);
        List<LedgerAccountRepository.Row> page = fetched.size() > limit ? fetched.subList(0, limit) : fetched;
        List<Account> items = page.stream()
                .filter(r -> access.allows(user, Resource.LEDGER_ACCOUNT, Action.READ,
                        new LedgerAccess.Account(r.id(), r.county(), r.territoryCode(), r.estateId())))
                .map(r -> LedgerAccountRepository.view(r, rows.keepers(r.id(), r.county(), today))).toList();
        return new Page<>(items, fetched.size() > limit ? Cursor.of(page.getLast().id()) : null);
    }

    @Transactional
    public Account open(CurrentUser user, NewAccount request) {
        AccountKind kind = parseKind(request.kind());
        String place;
        String defaultName;
        Long estate = null;
        if (kind.ofEstate()) {
            if (request.estateId() == null) {
                throw new BadInputException("estateId", kind.label() + "账本要选择所属小区");
            }
            EstateView view = deliberation.estate(request.estateId())
                    .orElseThrow(() -> new BadInputException("estateId", "小区 " + request.estateId() + " 不存在"));
            estate = view.id();
            place = view.territoryCode().substring(0, Math.min(12, view.territoryCode().length()));
            defaultName = view.name() + kind.label();
        } else {
            place = request.territoryCode() == null ? "" : request.territoryCode().strip();
            if (!place.matches("[0-9]{12}")) {
                throw new BadInputException("territoryCode", "村集体账本要填写 12 位村(社区)区划代码");
            }
            defaultName = territory.division(place)
                    .orElseThrow(() -> new BadInputException("territoryCode", "区划 " + place + " 不存在")).name()
                    + "集体" + kind.label();
        }
        if (place.length() != 12) {
            throw new BadInputException("estateId", "小区不在某个村(社区)内，不能建账");
        }
        AccessPolicy.check(user, Resource.LEDGER_ACCOUNT, Action.CREATE, Target.at(place));
        String name = request.name() == null || request.name().isBlank() ? defaultName : request.name().strip();
        if (name.length() > 60) {
            throw new BadInputException("name", "账本名称请在 60 字以内");
        }
        long threshold = threshold(request.approvalThresholdFen());
        Map<Long, Named> keepers = keepers(request.keepers(), kind, place);
        String county = place.substring(0, 6);
        long id = rows.insert(county, place, estate, kind, name, threshold, user.id());
        for (AccountKind.Subject subject : kind.chart()) {
            rows.addSubject(id, county, subject.code(), subject.name(), subject.kind());
        }
        LocalDate today = Beijing.today(clock);
        keepers.values().forEach(k -> rows.name(id, county, k.userId(), k.role(), k.name(), today));
        return LedgerAccountRepository.view(rows.find(id).orElseThrow(), rows.keepers(id, county, today));
    }

    @Transactional
    public Account change(CurrentUser user, long id, AccountChange change) {
        access.require(user, Resource.LEDGER_ACCOUNT, Action.MANAGE, id);
        LedgerAccountRepository.Row row = rows.find(id).orElseThrow();
        if (change.approvalThresholdFen() != null) {
            rows.threshold(id, row.county(), threshold(change.approvalThresholdFen()));
        }
        LocalDate today = Beijing.today(clock);
        if (change.keepers() != null) {
            Map<Long, Named> wanted = keepers(change.keepers(), row.kind(), row.territoryCode());
            List<AccountViews.Keeper> current = rows.keepers(id, row.county(), today);
            for (AccountViews.Keeper keeper : current) {
                Named still = wanted.get(key(keeper.userId(), keeper.role()));
                if (still == null) {
                    rows.end(id, row.county(), keeper.userId(), keeper.role(), today);
                } else {
                    wanted.remove(key(keeper.userId(), keeper.role()));
                }
            }
            wanted.values().forEach(k -> rows.name(id, row.county(), k.userId(), k.role(), k.name(), today));
        }
        return LedgerAccountRepository.view(rows.find(id).orElseThrow(), rows.keepers(id, row.county(), today));
    }

    public List<Subject> subjects(CurrentUser user, long id) {
        LedgerAccess.Account account = access.require(user, Resource.LEDGER_ACCOUNT, Action.READ, id);
        return rows.subjects(id, account.county());
    }

    @Transactional
    public Subject addSubject(CurrentUser user, long id, NewSubject subject) {
        LedgerAccess.Account account = access.require(user, Resource.LEDGER_ACCOUNT, Action.MANAGE, id);
        String code = subject.code() == null ? "" : subject.code().strip();
        if (!code.matches("[0-9A-Za-z.]{1,20}")) {
            throw new BadInputException("code", "科目代码为 1–20 位数字、字母或小数点，如 6407");
        }
        String name = subject.name() == null ? "" : subject.name().strip();
        if (name.isEmpty() || name.length() > 40) {
            throw new BadInputException("name", "请填写科目名称（40 字以内）");
        }
        SubjectKind kind;
        try {
            kind = SubjectKind.valueOf(subject.kind() == null ? "" : subject.kind().strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("kind", "科目类别须为资产、负债、净资产、收入或支出之一");
        }
        if (!rows.addSubject(id, account.county(), code, name, kind)) {
            throw new ConflictException("本账本已有科目 " + code);
        }
        return new Subject(code, name, kind, kind.label());
    }

    private record Named(long userId, KeeperRole role, String name) {
    }

    private static long key(long userId, KeeperRole role) {
        return userId * 8 + role.ordinal();
    }

    /** The keepers asked for, each checked: an account that exists, the role fits the account, held at its place. */
    private Map<Long, Named> keepers(List<NewKeeper> asked, AccountKind kind, String place) {
        if (asked == null || asked.isEmpty()) {
            throw new BadInputException("keepers", "至少要指定一位经管人");
        }
        if (asked.size() > 20) {
            throw new BadInputException("keepers", "经管人至多 20 位");
        }
        Map<Long, Named> named = new LinkedHashMap<>();
        for (int i = 0; i < asked.size(); i++) {
            NewKeeper keeper = asked.get(i);
            String field = "keepers[" + i + "]";
            KeeperRole role;
            try {
                role = KeeperRole.valueOf(keeper.role() == null ? "" : keeper.role().strip());
            } catch (IllegalArgumentException e) {
                throw new BadInputException(field + ".role", "经管人身份须为" + String.join("、",
                        java.util.Arrays.stream(KeeperRole.values()).map(KeeperRole::name).toList()) + "之一");
            }
            if (!role.fits(kind)) {
                throw new BadInputException(field + ".role", kind.label() + "账本不能指定" + role.label() + "为经管人");
            }
            String username = keeper.username() == null ? "" : keeper.username().strip();
            CurrentUser person = identity.findByUsername(username)
                    .orElseThrow(() -> new BadInputException(field + ".username", "没有账号“" + shortened(username) + "”"));
            boolean holds = person.grants().stream()
                    .anyMatch(g -> role.held().contains(g.role()) && place.startsWith(g.territoryCode()));
            if (!holds) {
                throw new BadInputException(field + ".username", "账号“" + shortened(username) + "”在本账本所在地没有"
                        + role.label() + "的身份");
            }
            named.put(key(person.id(), role), new Named(person.id(), role, person.displayName()));
        }
        return named;
    }

    private static long threshold(Long fen) {
        if (fen == null) {
            return DEFAULT_THRESHOLD;
        }
        if (fen < 0 || fen > Fen.MAX) {
            throw new BadInputException("approvalThresholdFen", "双密码审批起点须为 0 到 " + Fen.grouped(Fen.MAX) + " 元之间的金额（单位：分）");
        }
        return fen;
    }

    private static AccountKind parseKind(String kind) {
        try {
            return AccountKind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("kind", "账本类别须为 PROPERTY_FEE（物业费）、PUBLIC_INCOME（公共收益）、MAINTENANCE_FUND（维修资金）、"
                    + "COLLECTIVE_FUNDS（资金）、COLLECTIVE_ASSETS（资产）或 COLLECTIVE_RESOURCES（资源）");
        }
    }

    private static String shortened(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }

    private static String blankToNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("[0-9]{2,15}")) {
            throw new BadInputException("territory", "区划代码为 2–15 位数字");
        }
        return text.strip();
    }
}
