package org.jiceng.identity.internal;

import org.jiceng.BadInputException;
import java.util.Optional;
import org.jiceng.platform.DatabaseMode;
import org.springframework.beans.factory.annotation.Value;
import org.jiceng.CurrentUser;
import org.jiceng.identity.IdentityApi;
import org.jiceng.territory.TerritoryApi;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService implements IdentityApi, UserDetailsService {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final TerritoryApi territory;
    private final boolean production;
    private final String demoPassword;

    AccountService(UserRepository users, PasswordEncoder passwords, TerritoryApi territory, DatabaseMode mode,
                   @Value("${jiceng.demo.password}") String demoPassword) {
        this.users = users;
        this.passwords = passwords;
        this.territory = territory;
        this.production = !mode.demo();
        this.demoPassword = demoPassword;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (username == null || username.length() > 64 || username.chars().anyMatch(Character::isISOControl)) {
            throw new UsernameNotFoundException("用户名或密码错误");   // no such name can exist; PostgreSQL refuses NUL
        }
        var stored = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
        return new Account(users.toCurrentUser(stored), stored.passwordHash(), stored.enabled(),
                stored.mustChangePassword());
    }

    @Override
    @Transactional
    public long createUser(NewUser user) {
        return create(user, false);
    }

    /** Creates the account; {@code mustChange} when someone other than its owner chose the password. */
    long create(NewUser user, boolean mustChange) {
        if (user.username() == null || !user.username().matches("[a-z0-9][a-z0-9_.-]{1,31}")) {
            throw new BadInputException("username", "用户名须为 2–32 位小写字母、数字、下划线、点或连字符，且以字母或数字开头");
        }
        checkDisplayName(user.displayName());
        checkPassword(user.username(), user.password(), "password");
        if (users.exists(user.username())) {
            throw new BadInputException("username", "用户名“" + user.username() + "”已存在");
        }
        checkGrants(user.grants());
        long id = users.insert(user.username(), user.displayName().strip(), passwords.encode(user.password()));
        user.grants().forEach(g -> users.grant(id, g));
        if (mustChange) {
            users.mustChangePassword(id, true);
        }
        return id;
    }

    void checkPassword(String username, String password, String field) {
        PasswordRules.problem(username, password, production, demoPassword).ifPresent(problem -> {
            throw new BadInputException(field, problem);
        });
    }

    static void checkDisplayName(String name) {
        if (name == null || name.isBlank()) {
            throw new BadInputException("displayName", "请填写姓名");
        }
        if (name.strip().codePointCount(0, name.strip().length()) > 50 || name.chars().anyMatch(c -> c < 0x20)) {
            throw new BadInputException("displayName", "姓名最多 50 个字，且不能包含控制字符");
        }
    }

    void checkGrants(java.util.List<CurrentUser.Grant> grants) {
        if (grants.isEmpty()) {
            throw new BadInputException("roles", "至少要授予一个角色");
        }
        for (CurrentUser.Grant grant : grants) {
            boolean known = grant.territoryCode().length() == 15
                    ? territory.grid(grant.territoryCode(), org.jiceng.Scope.everything()).isPresent()
                    : territory.division(grant.territoryCode()).isPresent();
            if (!known) {
                throw new BadInputException("roles", "区划或网格代码“" + grant.territoryCode() + "”不存在，请先导入行政区划");
            }
            if ((grant.role() == org.jiceng.Role.DEPT_STAFF) != (grant.unitId() != null)) {
                throw new BadInputException("roles", "部门工作人员须指定所属部门，其他角色不能指定部门");
            }
            if (grant.unitId() != null && territory.unit(grant.unitId()).isEmpty()) {
                throw new BadInputException("roles", "部门编号 " + grant.unitId() + " 不存在");
            }
        }
        if (grants.stream().distinct().count() < grants.size()) {
            throw new BadInputException("roles", "同一角色在同一区划只能授予一次");
        }
    }

    boolean production() {
        return production;
    }

    String encode(String password) {
        return passwords.encode(password);
    }

    boolean matches(String password, String hash) {
        return password != null && hash != null && passwords.matches(password, hash);
    }

    @Override
    @Transactional
    public void linkResident(long userId, Long residentId) {
        users.linkResident(userId, residentId);
    }

    @Override
    @Transactional
    public void linkPartyMember(long userId, Long partyMemberId) {
        users.linkPartyMember(userId, partyMemberId);
    }

    @Override
    public Optional<CurrentUser> findByUsername(String username) {
        return users.findCurrentUser(username);
    }

    @Override
    public Optional<CurrentUser> findById(long id) {
        return users.findCurrentUser(id);
    }
}
