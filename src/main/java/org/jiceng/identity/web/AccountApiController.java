package org.jiceng.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.identity.internal.AccountImport;
import org.jiceng.identity.internal.AccountManagement;
import org.jiceng.identity.internal.AccountManagement.Change;
import org.jiceng.identity.internal.AccountManagement.NewAccount;
import org.jiceng.identity.internal.AccountManagement.RoleInput;
import org.jiceng.identity.internal.AccountView;
import org.jiceng.identity.internal.PasswordChanges;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/** Account management over JSON: {@code /api/v1/accounts} and one's own password. */
@RestController
class AccountApiController {

    private final AccountManagement accounts;
    private final PasswordChanges passwords;
    private final AccountImport imports;

    AccountApiController(AccountManagement accounts, PasswordChanges passwords, AccountImport imports) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.imports = imports;
    }

    record RoleJson(String role, String label, String territory, Long unitId) {
    }

    record AccountJson(long id, String username, String displayName, boolean enabled, boolean mustChangePassword,
                       Long residentId, Long partyMemberId, OffsetDateTime createdAt, List<RoleJson> roles,
                       String temporaryPassword) {

        static AccountJson of(AccountView a, String temporaryPassword) {
            return new AccountJson(a.id(), a.username(), a.displayName(), a.enabled(), a.mustChangePassword(),
                    a.residentId(), a.partyMemberId(), a.createdAt(), a.grants().stream()
                    .map(g -> new RoleJson(g.role().name(), g.role().label(), g.territoryCode(), g.unitId())).toList(),
                    temporaryPassword);
        }
    }

    record Reset(long id, String temporaryPassword, boolean mustChangePassword) {
    }

    record PasswordChange(String oldPassword, String newPassword) {
    }

    record Revoked(int revoked) {
    }

    @Guard(resource = Resource.ACCOUNT, action = Action.READ)
    @GetMapping("/api/v1/accounts")
    Page<AccountJson> list(@RequestParam(required = false) String territory, @RequestParam(required = false) String role,
                           @RequestParam(required = false) String q, @RequestParam(required = false) Boolean enabled,
                           @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                           CurrentUser user) {
        Page<AccountView> page = accounts.list(user, AccountManagement.filter(territory, role, q, enabled), after, limit);
        return new Page<>(page.items().stream().map(a -> AccountJson.of(a, null)).toList(), page.next());
    }

    @Guard(resource = Resource.ACCOUNT, action = Action.MANAGE)
    @PostMapping(path = "/api/v1/accounts", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<AccountJson> create(@RequestBody JsonNode body, CurrentUser user) {
        var created = accounts.create(user, new NewAccount(text(body, "username"), text(body, "displayName"),
                text(body, "password"), roles(body.get("roles")), number(body, "residentId"),
                number(body, "partyMemberId")));
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.account().id()))
                .body(AccountJson.of(created.account(), created.temporaryPassword()));
    }

    @Guard(resource = Resource.ACCOUNT, action = Action.READ)
    @GetMapping("/api/v1/accounts/{id}")
    AccountJson get(@PathVariable long id, CurrentUser user) {
        return AccountJson.of(accounts.get(user, id), null);
    }

    @Guard(resource = Resource.ACCOUNT, action = Action.MANAGE)
    @PatchMapping(path = "/api/v1/accounts/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    AccountJson update(@PathVariable long id, @RequestBody JsonNode body, CurrentUser user) {
        JsonNode enabled = body.get("enabled");
        if (enabled != null && !enabled.isBoolean()) {
            throw new BadInputException("enabled 须为 true 或 false");
        }
        Change change = new Change(text(body, "displayName"), body.has("roles") ? roles(body.get("roles")) : null,
                enabled == null ? null : enabled.asBoolean(), body.has("residentId"), number(body, "residentId"),
                body.has("partyMemberId"), number(body, "partyMemberId"));
        return AccountJson.of(accounts.update(user, id, change), null);
    }

    @Guard(resource = Resource.ACCOUNT, action = Action.MANAGE)
    @PostMapping("/api/v1/accounts/{id}/password-reset")
    Reset reset(@PathVariable long id, CurrentUser user) {
        return new Reset(id, accounts.resetPassword(user, id), true);
    }

    @Guard(resource = Resource.API_TOKEN, action = Action.MANAGE)
    @PostMapping("/api/v1/accounts/{id}/tokens/revoke")
    Revoked revokeTokens(@PathVariable long id, CurrentUser user) {
        return new Revoked(accounts.revokeTokens(user, id));
    }

    @Guard(resource = Resource.ACCOUNT, action = Action.MANAGE)
    @PostMapping(path = "/api/v1/accounts/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    AccountImport.Result importGridWorkers(@RequestParam("file") MultipartFile file, CurrentUser user)
            throws java.io.IOException {
        if (file.isEmpty()) {
            throw new BadInputException("上传的文件是空的");
        }
        return imports.importGridWorkers(user, file.getInputStream());
    }

    @Guard(resource = Resource.ACCOUNT, action = Action.UPDATE)
    @PostMapping(path = "/api/v1/me/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange body, CurrentUser user, HttpServletRequest request,
                                        HttpServletResponse response) {
        if (body == null) {
            throw new BadInputException("请提供原密码 oldPassword 和新密码 newPassword");
        }
        passwords.change(user, body.oldPassword(), body.newPassword(), request, response);
        return ResponseEntity.noContent().build();
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new BadInputException(field + " 须为文本");
        }
        return value.asString();
    }

    private static Long number(JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() <= 0) {
            throw new BadInputException(field + " 须为正整数");
        }
        return value.asLong();
    }

    private static List<RoleInput> roles(JsonNode roles) {
        if (roles == null || roles.isNull()) {
            return null;
        }
        if (!roles.isArray() || roles.size() > 50) {
            throw new BadInputException("roles 须为角色列表（最多 50 个）");
        }
        List<RoleInput> result = new ArrayList<>();
        for (JsonNode role : roles) {
            if (!role.isObject()) {
                throw new BadInputException("roles 的每一项须为 {\"role\", \"territory\"}");
            }
            result.add(new RoleInput(text(role, "role"), text(role, "territory"), number(role, "unitId")));
        }
        return result;
    }
}
