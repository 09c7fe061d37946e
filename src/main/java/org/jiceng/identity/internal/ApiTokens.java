package org.jiceng.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jiceng.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * API tokens for machines and scripts: random, shown once, stored only as a SHA-256 hash, listed by their
 * owner and revocable. A token lives {@code jiceng.tokens.lifetime} (12 hours by default: a working day and
 * an evening, so a grid worker's phone signs in once a day and a token copied off a lost phone is worthless
 * by the next morning; a nightly script asks for a new one each run).
 */
@Component
public class ApiTokens {

    static final Duration REMEMBERED = Duration.ofSeconds(30);
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final String PREFIX = "jc_";

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final AuditLog audit;
    private final Duration lifetime;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<Long, RememberedUser> remembered = new ConcurrentHashMap<>();

    ApiTokens(JdbcClient jdbc, UserRepository users, AuditLog audit,
              @Value("${jiceng.tokens.lifetime:12h}") Duration lifetime, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.users = users;
        this.audit = audit;
        this.lifetime = lifetime;
    }

    public record Issued(String token, Instant expiresAt) {
    }

    /** A token as its owner sees it in the list: never the token itself. */
    public record TokenLine(long id, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime lastUsedAt,
                            OffsetDateTime revokedAt) {
    }

    /** The account behind a valid token, and whether it must still change a password chosen by someone else. */
    record Resolved(CurrentUser user, boolean mustChangePassword) {
    }

    /** Issues a token for a user who has just proved their password; the audit log records it. */
    public Issued issue(String username) {
        CurrentUser user = users.findCurrentUser(username).orElseThrow();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = clock.instant().plus(lifetime);
        jdbc.sql("insert into identity.api_token (token_hash, user_id, expires_at) values (:hash, :user, :expires)")
                .param("hash", hash(token)).param("user", user.id())
                .param("expires", java.sql.Timestamp.from(expiresAt))
                .update();
        audit.record(user, "TOKEN_ISSUED", "签发访问令牌，有效期至 " + expiresAt);
        return new Issued(token, expiresAt);
    }

    public List<TokenLine> list(long userId) {
        return jdbc.sql("""
                        select id, created_at, expires_at, last_used_at, revoked_at from identity.api_token
                        where user_id = :user and expires_at > :since
                        order by created_at desc, id desc limit 200""")
                .param("user", userId).param("since", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(7)))).query(TokenLine.class).list();
    }

    /** Revokes one of the user's own tokens; false when the user has no such token. */
    public boolean revoke(CurrentUser user, long tokenId) {
        int revoked = jdbc.sql("""
                        update identity.api_token set revoked_at = coalesce(revoked_at, :now)
                        where id = :id and user_id = :user""")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("id", tokenId).param("user", user.id()).update();
        if (revoked > 0) {
            audit.record(user, "TOKEN_REVOKED", "撤销访问令牌 #" + tokenId);
        }
        return revoked > 0;
    }

    /** Revokes every live token of an account (a manager's act, or the account being disabled). */
    int revokeAll(long userId) {
        forget(userId);
        return jdbc.sql("""
                        update identity.api_token set revoked_at = :now
                        where user_id = :user and revoked_at is null and expires_at > :now""")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("user", userId).update();
    }

    /** Drops what is remembered of an account whose roles or links changed. */
    void forget(long userId) {
        remembered.remove(userId);
    }

    /**
     * The account of a valid token. The token itself is checked on every request (one lookup by primary key),
     * so a revocation holds from the next request on; only the account's roles are remembered for
     * {@link #REMEMBERED}, since scripts send the same token many times a second. Another node may keep roles
     * changed here for that long; a disabled account is refused at once because its tokens are revoked.
     */
    Optional<Resolved> resolve(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        byte[] hash = hash(token);
        Instant now = clock.instant();
        Optional<Valid> valid = jdbc.sql("""
                        select t.user_id, t.last_used_at, u.must_change_password
                        from identity.api_token t join identity.app_user u on u.id = t.user_id
                        where t.token_hash = :hash and t.expires_at > :now and t.revoked_at is null and u.enabled""")
                .param("hash", hash).param("now", java.sql.Timestamp.from(now)).query(Valid.class).optional();
        if (valid.isEmpty()) {
            return Optional.empty();
        }
        if (valid.get().lastUsedAt() == null
                || valid.get().lastUsedAt().toInstant().isBefore(now.minus(LAST_USED_PRECISION))) {
            jdbc.sql("update identity.api_token set last_used_at = :now where token_hash = :hash")
                    .param("now", java.sql.Timestamp.from(now)).param("hash", hash).update();
        }
        long userId = valid.get().userId();
        RememberedUser known = remembered.get(userId);
        if (known == null || !now.isBefore(known.until())) {
            Optional<CurrentUser> user = users.findCurrentUser(userId);
            if (user.isEmpty()) {
                return Optional.empty();
            }
            if (remembered.size() >= 10_000) {
                remembered.clear();   // a crude bound; accounts in use are remembered again at their next request
            }
            known = new RememberedUser(user.get(), now.plus(REMEMBERED));
            remembered.put(userId, known);
        }
        return Optional.of(new Resolved(known.user(), valid.get().mustChangePassword()));
    }

    private record Valid(long userId, OffsetDateTime lastUsedAt, boolean mustChangePassword) {
    }

    private record RememberedUser(CurrentUser user, Instant until) {
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
