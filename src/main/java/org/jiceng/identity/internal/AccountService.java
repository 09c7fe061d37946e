package org.jiceng.identity.internal;

import java.util.Optional;
import org.jiceng.BadInputException;
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
class AccountService implements IdentityApi, UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 8;

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final TerritoryApi territory;

    AccountService(UserRepository users, PasswordEncoder passwords, TerritoryApi territory) {
        this.users = users;
        this.passwords = passwords;
        this.territory = territory;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var stored = users.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
        return new Account(users.toCurrentUser(stored), stored.passwordHash(), stored.enabled());
    }

    @Override
    @Transactional
    public long createUser(NewUser user) {
        if (user.username() == null || !user.username().matches("[a-z0-9][a-z0-9_.-]{1,31}")) {
            throw new BadInputException("用户名须为 2–32 位小写字母、数字、下划线、点或连字符，且以字母或数字开头");
        }
        if (user.password() == null || user.password().length() < MIN_PASSWORD_LENGTH) {
            throw new BadInputException("密码至少 " + MIN_PASSWORD_LENGTH + " 位");
        }
        if (users.exists(user.username())) {
            throw new BadInputException("用户名“" + user.username() + "”已存在");
        }
        if (user.grants().isEmpty()) {
            throw new BadInputException("至少要授予一个角色");
        }
        for (CurrentUser.Grant grant : user.grants()) {
            boolean known = grant.territoryCode().length() == 15
                    ? territory.grid(grant.territoryCode(), org.jiceng.Scope.everything()).isPresent()
                    : territory.division(grant.territoryCode()).isPresent();
            if (!known) {
                throw new BadInputException("区划或网格代码“" + grant.territoryCode() + "”不存在，请先导入行政区划");
            }
            if ((grant.role() == org.jiceng.Role.DEPT_STAFF) != (grant.unitId() != null)) {
                throw new BadInputException("部门工作人员须指定所属部门，其他角色不能指定部门");
            }
        }
        long id = users.insert(user.username(), user.displayName(), passwords.encode(user.password()));
        user.grants().forEach(g -> users.grant(id, g));
        return id;
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
