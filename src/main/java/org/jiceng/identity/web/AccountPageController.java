package org.jiceng.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.FormErrors;
import org.jiceng.ForbiddenException;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Role;
import org.jiceng.identity.internal.AccountImport;
import org.jiceng.identity.internal.AccountManagement;
import org.jiceng.identity.internal.AccountManagement.Change;
import org.jiceng.identity.internal.AccountManagement.NewAccount;
import org.jiceng.identity.internal.AccountManagement.RoleInput;
import org.jiceng.identity.internal.AccountView;
import org.jiceng.identity.internal.IdentityAccess;
import org.jiceng.identity.internal.PasswordChanges;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 账号管理 pages: the list with filters and the import, a new account, one account, and one's own password. */
@Controller
class AccountPageController {

    static final int ROLE_ROWS = 3;

    private final AccountManagement accounts;
    private final AccountImport imports;
    private final PasswordChanges passwords;

    AccountPageController(AccountManagement accounts, AccountImport imports, PasswordChanges passwords) {
        this.accounts = accounts;
        this.imports = imports;
        this.passwords = passwords;
    }

    /** What the account form holds, as typed: kept on an error and shown again. */
    record AccountForm(String username, String displayName, String password, List<String> role,
                       List<String> territory, List<String> unit, Boolean enabled) {

        List<RoleInput> roles() {
            List<RoleInput> roles = new ArrayList<>();
            for (int i = 0; role != null && i < role.size(); i++) {
                String code = at(territory, i);
                if (role.get(i).isBlank() && code.isBlank()) {
                    continue;
                }
                String unitId = at(unit, i);
                if (!unitId.isBlank() && !unitId.matches("[0-9]{1,18}")) {
                    throw new BadInputException("roles", "部门编号须为数字");
                }
                roles.add(new RoleInput(role.get(i), code, unitId.isBlank() ? null : Long.parseLong(unitId)));
            }
            return roles;
        }

        static AccountForm of(AccountView account) {
            List<String> roles = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            List<String> units = new ArrayList<>();
            account.grants().forEach(g -> {
                roles.add(g.role().name());
                codes.add(g.territoryCode());
                units.add(g.unitId() == null ? "" : g.unitId().toString());
            });
            return new AccountForm(account.username(), account.displayName(), "", roles, codes, units, account.enabled())
                    .padded();
        }

        /** Always a few empty role rows to add one. */
        AccountForm padded() {
            List<String> r = new ArrayList<>(role == null ? List.of() : role);
            List<String> t = new ArrayList<>(territory == null ? List.of() : territory);
            List<String> u = new ArrayList<>(unit == null ? List.of() : unit);
            while (t.size() < r.size()) {
                t.add("");
            }
            while (u.size() < r.size()) {
                u.add("");
            }
            int target = Math.max(ROLE_ROWS, r.size() + 1);
            while (r.size() < target) {
                r.add("");
                t.add("");
                u.add("");
            }
            return new AccountForm(username, displayName, password, r, t, u, enabled);
        }

        private static String at(List<String> list, int i) {
            return list == null || i >= list.size() || list.get(i) == null ? "" : list.get(i).strip();
        }
    }

    @Guard(resource = Resource.ACCOUNT, action = Action.READ)
    @GetMapping("/accounts")
    String list(@RequestParam(required = false) String territory, @RequestParam(required = false) String role,
                @RequestParam(required = false) String q, @RequestParam(required = false) String enabled,
                @RequestParam(required = false) String after, CurrentUser user, Model model) {
        Boolean state = "true".equals(enabled) ? Boolean.TRUE : "false".equals(enabled) ? Boolean.FALSE : null;
        model.addAttribute("territory", territory).addAttribute("role", role).addAttribute("q", q)
                .addAttribute("enabled", enabled).addAttribute("roles", Role.values())
                .addAttribute("mayManage", !IdentityAccess.manageScope(user).isEmpty());
        try {
            model.addAttribute("page", accounts.list(user, AccountManagement.filter(territory, role, q, state), after, 50));
        } catch (BadInputException e) {
            model.addAttribute("filterError", e.getMessage());
        }
        return "identity/accounts";
    }

    @Guard(resource = Resource.ACCOUNT, action = Action.MANAGE)
    @GetMapping("/accounts/new")
    String newAccount(Model model) {
        return form(model, new AccountForm("", "", "", List.of("GRID_WORKER"), List.of(), List.of(), true).padded(), null);
    }

    @Guard(resource = Resource.ACCOUNT, action = Action.MANAGE)
    @PostMapping("/accounts/new")
    String create(@ModelAttribute("form") AccountForm form, BindingResult result, CurrentUser user, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            var created = accounts.create(user, new NewAccount(form.username(), form.displayName(),
                    form.password(), form.roles(), null, null));
            redirect.addFlashAttribute("temporaryPassword", created.temporaryPassword());
            redirect.addFlashAttribute("notice", "已创建账号 " + created.account().username() + "，首次登录须修改密码");
            return "redirect:/accounts/" + created.account().id();
        } catch (BadInputException | ForbiddenException e) {
            response.setStatus(e instanceof ForbiddenException ? 403 : HttpStatus.BAD_REQUEST.value());
            refused(result, e);
            return form(model, form.padded(), null);
        }
    }

    @Guard(resource = Resource.ACCOUNT, action = Action.READ)
    @GetMapping("/accounts/{id}")
    String account(@PathVariable long id, CurrentUser user, Model model) {
        AccountView account = accounts.get(user, id);
        return form(model, AccountForm.of(account), account, user);
    }

    @Guard(resource = Resource.ACCOUNT, action = Action.MANAGE)
    @PostMapping("/accounts/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult result,
                  CurrentUser user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AccountView account = accounts.get(user, id);
        try {
            accounts.update(user, id, new Change(form.displayName(), form.roles(), Boolean.TRUE.equals(form.enabled()),
                    false, null, false, null));
            redirect.addFlashAttribute("notice", "已保存");
            return "redirect:/accounts/" + id;
        } catch (BadInputException | ForbiddenException e) {
            response.setStatus(e instanceof ForbiddenException ? 403 : 400);
            refused(result, e);
            return form(model, form.padded(), account, user);
        }
    }

    /** A refusal beside its field; one about the roles (or naming none) beside the role rows. */
    private static void refused(BindingResult result, RuntimeException e) {
        String field = e instanceof BadInputException bad ? bad.field() : null;
        if (field == null || field.equals("roles") || field.equals("territory") || field.equals("unit")) {
            result.rejectValue("role", "refused", e.getMessage());
        } else {
            FormErrors.reject(result, e);
        }
    }

    @Guard(resource = Resource.ACCOUNT, action = Action.MANAGE)
    @PostMapping("/accounts/{id}/password-reset")
    String reset(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("temporaryPassword", accounts.resetPassword(user, id));
        redirect.addFlashAttribute("notice", "已重置密码，请把临时密码当面交给本人；首次登录须修改");
        return "redirect:/accounts/" + id;
    }

    @Guard(resource = Resource.API_TOKEN, action = Action.MANAGE)
    @PostMapping("/accounts/{id}/tokens/revoke")
    String revokeTokens(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", "已撤销 " + accounts.revokeTokens(user, id) + " 个访问令牌");
        return "redirect:/accounts/" + id;
    }

    @Guard(resource = Resource.ACCOUNT, action = Action.MANAGE)
    @PostMapping("/accounts/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser user,
                      Model model, HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("importError", "请选择要导入的 Excel 文件");
        } else {
            try {
                model.addAttribute("result", imports.importGridWorkers(user, file.getInputStream()));
            } catch (BadInputException e) {
                response.setStatus(400);
                model.addAttribute("importError", e.getMessage());
            }
        }
        return "identity/account-import";
    }

    @Guard(resource = Resource.ACCOUNT, action = Action.MANAGE)
    @GetMapping("/accounts/import/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''%E7%BD%91%E6%A0%BC%E5%91%98%E8%B4%A6%E5%8F%B7%E6%A8%A1%E6%9D%BF.xlsx");
        AccountImport.writeTemplate(response.getOutputStream());
    }

    @Guard(resource = Resource.ACCOUNT, action = Action.UPDATE)
    @GetMapping("/me/password")
    String passwordForm(CurrentUser user, Model model) {
        model.addAttribute("form", new PasswordForm(null, null, null));
        return "identity/password";
    }

    /** One's own new password, twice. Passwords are never written back into the page. */
    record PasswordForm(String oldPassword, String newPassword, String repeat) {
    }

    @Guard(resource = Resource.ACCOUNT, action = Action.UPDATE)
    @PostMapping("/me/password")
    String changePassword(@ModelAttribute("form") PasswordForm form, BindingResult result, CurrentUser user,
                          HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (form.newPassword() != null && !form.newPassword().equals(form.repeat())) {
            result.rejectValue("repeat", "mismatch", "两次输入的新密码不一致");
        } else {
            try {
                passwords.change(user, form.oldPassword(), form.newPassword(), request, response);
                redirect.addFlashAttribute("notice", "密码已修改");
                return "redirect:/";
            } catch (BadInputException e) {
                FormErrors.reject(result, e);
            }
        }
        response.setStatus(400);
        return "identity/password";
    }

    /**
     * The account form: the bound form (kept as typed, with its errors) and its role rows padded with empty ones
     * to add a role; {@code rows} is that padded copy, so the bound form and its errors stay as they were.
     */
    private String form(Model model, AccountForm rows, AccountView account) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", rows);
        }
        model.addAttribute("rows", rows).addAttribute("account", account).addAttribute("roles", Role.values());
        return account == null ? "identity/account-new" : "identity/account";
    }

    private String form(Model model, AccountForm rows, AccountView account, CurrentUser user) {
        model.addAttribute("mayManage", IdentityAccess.mayManage(user, account.id(), account.grants()))
                .addAttribute("mayRevoke", IdentityAccess.mayRevokeTokens(user, account.id(), account.grants()));
        return form(model, rows, account);
    }
}
