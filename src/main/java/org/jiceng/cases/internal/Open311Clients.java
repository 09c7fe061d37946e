package org.jiceng.cases.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.NotFoundException;
import org.jiceng.Scope;
import org.jiceng.territory.TerritoryApi;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Open311 clients and their API keys. A key is random, shown once when issued and kept only as its
 * SHA-256; each client may file only inside its territory. County administrators issue and revoke keys.
 */
@Service
public class Open311Clients {

    private static final String PREFIX = "o311_";

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final SecureRandom random = new SecureRandom();

    Open311Clients(JdbcClient jdbc, TerritoryApi territory) {
        this.jdbc = jdbc;
        this.territory = territory;
    }

    /** A client as administrators see it (never its key). */
    public record Client(long id, String name, String territoryPrefix, boolean active, String createdBy,
                         OffsetDateTime createdAt) {
    }

    /** A newly issued client with its key, which is never shown again. */
    public record Issued(Client client, String apiKey) {
    }

    /** The active client holding {@code apiKey}, if any. */
    public Optional<Client> byKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where key_sha256 = :hash and active").param("hash", sha256(apiKey.strip()))
                .query(Client.class).optional();
    }

    @Transactional
    public Issued issue(CurrentUser user, String name, String territoryPrefix) {
        requireAdmin(user);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw new BadInputException("请填写客户端名称 name（1 到 100 个字）");
        }
        String prefix = territoryPrefix == null ? "" : territoryPrefix.strip();
        if (!prefix.matches("[0-9]{6}([0-9]{3}){0,3}") || (prefix.length() <= 12 ? territory.division(prefix).isEmpty()
                : territory.grid(prefix, Scope.everything()).isEmpty())) {
            throw new BadInputException("territoryCode 须为本系统中的县、乡镇、村(社区)或网格代码");
        }
        if (!CaseAccess.scope(user, org.jiceng.Resource.OPEN311_CLIENT, org.jiceng.Action.MANAGE).covers(prefix)) {
            throw new ForbiddenException("区划 " + prefix + " 不在您的辖区内");
        }
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(insert(clean, key, prefix, user.username()), key);
    }

    /** Seeds a client with a known key (demo mode only). */
    public Client insert(String name, String key, String territoryPrefix, String createdBy) {
        long id = jdbc.sql("""
                        insert into cases.open311_client (name, key_sha256, territory_prefix, created_by)
                        values (:name, :hash, :prefix, :by) returning id""")
                .param("name", name).param("hash", sha256(key)).param("prefix", territoryPrefix).param("by", createdBy)
                .query(Long.class).single();
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Client.class).single();
    }

    public List<Client> list(CurrentUser user) {
        requireAdmin(user);
        Scope scope = CaseAccess.scope(user, org.jiceng.Resource.OPEN311_CLIENT, org.jiceng.Action.MANAGE);
        return jdbc.sql(SELECT + " where " + scope.where("territory_prefix") + " order by id")
                .params(scope.params()).query(Client.class).list();
    }

    @Transactional
    public Client revoke(CurrentUser user, long id) {
        requireAdmin(user);
        Scope scope = CaseAccess.scope(user, org.jiceng.Resource.OPEN311_CLIENT, org.jiceng.Action.MANAGE);
        int changed = jdbc.sql("update cases.open311_client set active = false where id = :id and "
                        + scope.where("territory_prefix")).params(scope.params()).param("id", id).update();
        if (changed == 0) {
            throw new NotFoundException("Open311 客户端 " + id + " 不存在或不在您的辖区内");
        }
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Client.class).single();
    }

    public boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from cases.open311_client)").query(Boolean.class).single();
    }

    private static void requireAdmin(CurrentUser user) {
        CaseAccess.require(user, org.jiceng.Resource.OPEN311_CLIENT, org.jiceng.Action.MANAGE);
    }

    private static final String SELECT = "select id, name, territory_prefix, active, created_by, created_at from cases.open311_client";

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
