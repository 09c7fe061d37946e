package org.jiceng.identity.internal;

import java.io.Console;
import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser.Grant;
import org.jiceng.Role;
import org.jiceng.identity.IdentityApi.NewUser;
import org.jiceng.platform.Command;
import org.springframework.stereotype.Component;

/**
 * {@code ./jiceng create-admin <username> <territory code>}: the first administrator of a production
 * installation, which seeds no account. The password comes from JICENG_ADMIN_PASSWORD or is asked twice.
 */
@Component
class CreateAdminCommand implements Command {

    private final AccountService accounts;
    private final String configuredPassword;

    /** JICENG_ADMIN_PASSWORD in the environment arrives here as jiceng.admin.password. */
    CreateAdminCommand(AccountService accounts,
                       @org.springframework.beans.factory.annotation.Value("${jiceng.admin.password:}") String password) {
        this.accounts = accounts;
        this.configuredPassword = password;
    }

    @Override
    public String name() {
        return "create-admin";
    }

    @Override
    public String usage() {
        return "create-admin <用户名> <县级区划代码，如 530326>   创建县级管理员（密码取自环境变量 JICENG_ADMIN_PASSWORD，或交互输入）";
    }

    @Override
    public int run(List<String> args) {
        if (args.size() != 2) {
            System.err.println("用法：./jiceng " + usage());
            return 2;
        }
        String password = configuredPassword;
        if (password == null || password.isEmpty()) {
            Console console = System.console();
            if (console == null) {
                System.err.println("请设置环境变量 JICENG_ADMIN_PASSWORD，或在终端中运行以交互输入密码");
                return 2;
            }
            password = new String(console.readPassword("新管理员密码："));
            if (!password.equals(new String(console.readPassword("再次输入密码：")))) {
                System.err.println("两次输入的密码不一致");
                return 2;
            }
        }
        try {
            accounts.createUser(new NewUser(args.get(0), "县级管理员", password,
                    List.of(new Grant(Role.COUNTY_ADMIN, args.get(1), null))));
        } catch (BadInputException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        System.out.println("已创建县级管理员 " + args.get(0) + "（辖区 " + args.get(1) + "）");
        return 0;
    }
}
