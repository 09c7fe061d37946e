package org.jiceng.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.jiceng.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** API tokens for machines and scripts: random, shown once, stored only as a SHA-256 hash. */
@Component
public class ApiTokens {

    static final Duration LIFETIME = Duration.ofDays(30);
    static final Duration REMEMBERED = Duration.ofSeconds(30);
    private static final String PREFIX = "jc_";

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    ApiTokens(JdbcClient jdbc, UserRepository users, AuditLog audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    public record Issued(String token, Instant expiresAt) {
    }

    /** Issues a token for a user who has just proved their password; the audit log records it. */
    public Issued issue(String username) {
        CurrentUser user = users.findCurrentUser(username).orElseThrow();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = Instant.now().plus(LIFETIME);
        jdbc.sql("insert into identity.api_token (token_hash, user_id, expires_at) values (:hash, :user, :expires)")
                .param("hash", hash(token)).param("user", user.id())
                .param("expires", java.sql.Timestamp.from(expiresAt))
                .update();
        audit.record(user, "TOKEN_ISSUED", "签发访问令牌，有效期至 " + expiresAt);
        return new Issued(token, expiresAt);
    }

    /**
     * The user of a valid token. Scripts and gateways send the same token many times a second, so an answer is
     * remembered for {@link #REMEMBERED} (never past the token's expiry): three queries fewer per request. Tokens
     * are not revoked and grants not withdrawn anywhere yet; whatever comes to do so must clear what is remembered.
     */
    Optional<CurrentUser> resolve(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        byte[] hash = hash(token);
        String key = HexFormat.of().formatHex(hash);
        Instant now = Instant.now();
        Remembered known = remembered.get(key);
        if (known != null && now.isBefore(known.until())) {
            return Optional.of(known.user());
        }
        Optional<Valid> valid = jdbc.sql("select user_id, expires_at from identity.api_token where token_hash = :hash and expires_at > now()")
                .param("hash", hash).query((rs, n) -> new Valid(rs.getLong(1), rs.getTimestamp(2).toInstant())).optional();
        Optional<CurrentUser> user = valid.flatMap(v -> users.findCurrentUser(v.userId()));
        if (user.isPresent()) {
            if (remembered.size() >= 10_000) {
                remembered.clear();   // a crude bound; tokens in use are remembered again at their next request
            }
            Instant expires = valid.get().expiresAt();
            remembered.put(key, new Remembered(user.get(), now.plus(REMEMBERED).isBefore(expires) ? now.plus(REMEMBERED) : expires));
        }
        return user;
    }

    private record Valid(long userId, Instant expiresAt) {
    }

    private record Remembered(CurrentUser user, Instant until) {
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
