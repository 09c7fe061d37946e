package org.jiceng.identity.internal;

import org.jiceng.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.CurrentUser.Grant;
import org.jiceng.Cursor;
import org.jiceng.ForbiddenException;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.Role;
import org.jiceng.Scope;
import org.jiceng.identity.IdentityApi.NewUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account management (issue 14): a county administrator manages the county's accounts, a town's administrator
 * those of the town and below; each may grant roles only where they manage. Every change is audited, never a
 * password. Passwords chosen by a manager (at creation, by import or by a reset) must be changed by their
 * owner before anything else.
 */
@Service
public class AccountManagement {

    private final AccountService accounts;
    private final AccountRepository repository;
    private final UserRepository users;
    private final ApiTokens tokens;
    private final Sessions sessions;
    private final AuditLog audit;

    AccountManagement(AccountService accounts, AccountRepository repository, UserRepository users, ApiTokens tokens,
                      Sessions sessions, AuditLog audit) {
        this.accounts = accounts;
        this.repository = repository;
        this.users = users;
        this.tokens = tokens;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** A role as typed by a manager: the role's code name, a territory or grid code, a unit for departments. */
    public record RoleInput(String role, String territory, Long unitId) {
    }

    public record NewAccount(String username, String displayName, String password, List<RoleInput> roles,
                             Long residentId, Long partyMemberId) {
    }

    /** A change: null leaves a field as it is; a link is changed only when {@code …Given}. */
    public record Change(String displayName, List<RoleInput> roles, Boolean enabled, boolean residentGiven,
                         Long residentId, boolean partyMemberGiven, Long partyMemberId) {
    }

    /** The account, and the temporary password when the system chose it (shown once, never stored in clear). */
    public record Created(AccountView account, String temporaryPassword) {
    }

    public Page<AccountView> list(CurrentUser user, AccountRepository.Filter filter, String after, Integer limit) {
        Scope scope = IdentityAccess.readScope(user);
        if (scope.isEmpty()) {
            throw AccessPolicy.refusal(Resource.ACCOUNT, Action.READ);
        }
        int size = Page.limit(limit);
        return Page.byId(repository.list(scope, filter, Cursor.idBelow(after), size), size, AccountView::id);
    }

    public static AccountRepository.Filter filter(String territory, String role, String q, Boolean enabled) {
        String code = blankToNull(territory);
        if (code != null && !code.matches("[0-9]{2,15}")) {
            throw new BadInputException("territory", "区划代码须为 2–15 位数字");
        }
        String text = blankToNull(q);
        if (text != null && (text.length() > 50 || text.chars().anyMatch(Character::isISOControl))) {
            throw new BadInputException("q", "查找内容最多 50 个字，且不能包含控制字符");
        }
        return new AccountRepository.Filter(code, blankToNull(role) == null ? null : role(role), text, enabled);
    }

    /** The account, when the person may see it; otherwise 404, so another town learns nothing of it. */
    public AccountView get(CurrentUser user, long id) {
        return repository.find(id).filter(a -> IdentityAccess.mayRead(user, id, a.grants()))
                .orElseThrow(() -> new NotFoundException("账号不存在"));
    }

    @Transactional
    public Created create(CurrentUser manager, NewAccount input) {
        List<Grant> grants = grants(manager, input.roles());
        boolean generated = input.password() == null || input.password().isEmpty();
        String password = generated ? PasswordRules.temporary() : input.password();
        long id = accounts.create(new NewUser(input.username(), input.displayName(), password, grants), true);
        link(id, true, input.residentId(), true, input.partyMemberId());
        audit.record(manager, "ACCOUNT_CREATED", "创建账号 " + input.username() + "，角色：" + describe(grants));
        return new Created(repository.find(id).orElseThrow(), generated ? password : null);
    }

    @Transactional
    public AccountView update(CurrentUser manager, long id, Change change) {
        AccountView account = manageable(manager, id);
        if (change.displayName() != null && !change.displayName().strip().equals(account.displayName())) {
            AccountService.checkDisplayName(change.displayName());
            repository.rename(id, change.displayName().strip());
            audit.record(manager, "ACCOUNT_RENAMED", account.username() + " 改名为 " + change.displayName().strip());
        }
        if (change.roles() != null) {
            List<Grant> grants = grants(manager, change.roles());
            if (!new java.util.HashSet<>(grants).equals(new java.util.HashSet<>(account.grants()))) {
                repository.replaceGrants(id, grants, users);
                sessions.end(account.username());   // a session holds the roles it signed in with: sign in again with the new ones
                audit.record(manager, "ROLES_CHANGED", account.username() + " 的角色由 " + describe(account.grants())
                        + " 改为 " + describe(grants));
            }
        }
        link(id, change.residentGiven(), change.residentId(), change.partyMemberGiven(), change.partyMemberId());
        if (change.residentGiven() || change.partyMemberGiven()) {
            audit.record(manager, "ACCOUNT_LINKED", account.username() + " 关联居民 " + change.residentId()
                    + "、党员 " + change.partyMemberId());
        }
        if (change.enabled() != null && change.enabled() != account.enabled()) {
            repository.enable(id, change.enabled());
            if (!change.enabled()) {
                int revoked = tokens.revokeAll(id);
                sessions.end(account.username());
                audit.record(manager, "ACCOUNT_DISABLED", "停用账号 " + account.username() + "，撤销令牌 " + revoked + " 个");
            } else {
                audit.record(manager, "ACCOUNT_ENABLED", "启用账号 " + account.username());
            }
        }
        tokens.forget(id);
        return repository.find(id).orElseThrow();
    }

    /** Sets a temporary password, returned once; its owner must change it at the next sign-in. */
    @Transactional
    public String resetPassword(CurrentUser manager, long id) {
        AccountView account = manageable(manager, id);
        String password = PasswordRules.temporary();
        repository.setPassword(id, accounts.encode(password), true);
        // a reset usually means the password was lost or seen: what it opened is closed too
        sessions.end(account.username());
        int revoked = tokens.revokeAll(id);
        audit.record(manager, "PASSWORD_RESET", "重置账号 " + account.username() + " 的密码（须在下次登录时修改），撤销令牌 "
                + revoked + " 个");
        return password;
    }

    @Transactional
    public void changeOwnPassword(CurrentUser user, String oldPassword, String newPassword) {
        if (oldPassword == null || oldPassword.isEmpty()) {
            throw new BadInputException("oldPassword", "请输入原密码");
        }
        String hash = repository.passwordHash(user.id()).orElseThrow(() -> new NotFoundException("账号不存在"));
        if (!accounts.matches(oldPassword, hash)) {
            throw new BadInputException("oldPassword", "原密码不正确");
        }
        accounts.checkPassword(user.username(), newPassword, "newPassword");
        if (newPassword.equals(oldPassword)) {
            throw new BadInputException("newPassword", "新密码不能与原密码相同");
        }
        repository.setPassword(user.id(), accounts.encode(newPassword), false);
        audit.record(user, "PASSWORD_CHANGED", "修改了自己的密码");
    }

    /** Revokes every token of an account: its owner, or a county administrator over it. */
    @Transactional
    public int revokeTokens(CurrentUser manager, long id) {
        AccountView account = get(manager, id);
        if (!IdentityAccess.mayRevokeTokens(manager, id, account.grants())) {
            throw AccessPolicy.refusal(Resource.API_TOKEN, Action.MANAGE);
        }
        int revoked = tokens.revokeAll(id);
        audit.record(manager, "TOKENS_REVOKED", "撤销账号 " + account.username() + " 的全部访问令牌 " + revoked + " 个");
        return revoked;
    }

    /** The account when the manager may change it; 404 when they may not even see it, 403 when they only see it. */
    private AccountView manageable(CurrentUser manager, long id) {
        AccountView account = get(manager, id);
        if (manager.id() == id) {
            throw new ForbiddenException("不能修改自己的角色、停用或重置自己的账号，请由上级管理员办理；修改密码请用“修改密码”");
        }
        if (!IdentityAccess.mayManage(manager, id, account.grants())) {
            throw AccessPolicy.refusal(Resource.ACCOUNT, Action.MANAGE);
        }
        return account;
    }

    List<Grant> grants(CurrentUser manager, List<RoleInput> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new BadInputException("roles", "至少要授予一个角色");
        }
        List<Grant> grants = new ArrayList<>();
        for (RoleInput input : roles) {
            if (input == null || input.territory() == null || !input.territory().strip().matches("[0-9]{2,15}")) {
                throw new BadInputException("roles", "每个角色须指定区划或网格代码（2–15 位数字）");
            }
            grants.add(new Grant(role(input.role()), input.territory().strip(), input.unitId()));
        }
        grants.forEach(g -> IdentityAccess.checkGrantable(manager, g));
        accounts.checkGrants(grants);
        return grants;
    }

    private void link(long id, boolean residentGiven, Long residentId, boolean memberGiven, Long memberId) {
        try {
            if (residentGiven) {
                users.linkResident(id, residentId);
            }
            if (memberGiven) {
                users.linkPartyMember(id, memberId);
            }
        } catch (DuplicateKeyException e) {
            throw new ConflictException("该居民已关联其他账号");
        }
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name == null ? "" : name.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("roles", "未知角色“" + (name == null ? "" : name) + "”");
        }
    }

    static String describe(List<Grant> grants) {
        return grants.stream().map(g -> g.role().label() + "@" + g.territoryCode()
                + (g.unitId() == null ? "" : "（部门 " + g.unitId() + "）")).collect(Collectors.joining("、"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
