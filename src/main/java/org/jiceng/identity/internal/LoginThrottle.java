package org.jiceng.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@link #ACCOUNT_FAILURES} failed sign-ins to one account, or
 * {@link #ADDRESS_FAILURES} from one client address (higher, since a town hall or a mobile network puts many
 * people behind one address), sign-ins are refused for {@link #FIRST_LOCK}, doubling with every further
 * attempt up to {@link #LONGEST_LOCK}; even the right password is refused until the lock expires. A success
 * clears the account's and the address's count; failures are forgotten {@link #FORGET_AFTER} after the last.
 * Kept in the database, so every node of a cluster refuses the same guesser.
 */
@Component
class LoginThrottle {

    static final int ACCOUNT_FAILURES = 5;
    static final int ADDRESS_FAILURES = 20;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long the account or the address is still locked out, or zero. */
    Duration lockedFor(String username, String address) {
        List<String> keys = keys(username, address);
        Instant until = jdbc.sql("select max(locked_until) from identity.login_throttle where key = any(:keys)")
                .param("keys", keys.toArray(String[]::new))
                .query((rs, n) -> rs.getTimestamp(1)).optional().map(Timestamp::toInstant).orElse(null);
        Instant now = clock.instant();
        return until == null || !until.isAfter(now) ? Duration.ZERO : Duration.between(now, until);
    }

    /** Counts a failed (or refused) attempt against the account and the address. */
    void failed(String username, String address) {
        Instant now = clock.instant();
        for (String key : keys(username, address)) {
            int failures = jdbc.sql("""
                            insert into identity.login_throttle (key, failures, last_failure) values (:key, 1, :now)
                            on conflict (key) do update set
                                failures = case when login_throttle.last_failure < :forget then 1
                                                else login_throttle.failures + 1 end,
                                last_failure = :now
                            returning failures""")
                    .param("key", key).param("now", Timestamp.from(now))
                    .param("forget", Timestamp.from(now.minus(FORGET_AFTER)))
                    .query(Integer.class).single();
            Duration lock = lockAfter(failures, key.startsWith("account:") ? ACCOUNT_FAILURES : ADDRESS_FAILURES);
            if (!lock.isZero()) {
                jdbc.sql("update identity.login_throttle set locked_until = :until where key = :key")
                        .param("until", Timestamp.from(now.plus(lock))).param("key", key).update();
            }
        }
    }

    void succeeded(String username, String address) {
        jdbc.sql("delete from identity.login_throttle where key = any(:keys)")
                .param("keys", keys(username, address).toArray(String[]::new)).update();
    }

    /** The lock that follows the {@code failures}-th failure: none below the threshold, then doubling, capped. */
    static Duration lockAfter(int failures, int threshold) {
        if (failures < threshold) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - threshold, 20);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    private static List<String> keys(String username, String address) {
        List<String> keys = new ArrayList<>(2);
        if (username != null && !username.isBlank()) {
            // a key is text PostgreSQL must accept whatever was typed: control characters (NUL) are replaced
            String name = username.strip().toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
            keys.add("account:" + (name.length() > 64 ? name.substring(0, 64) : name));
        }
        if (address != null && !address.isBlank()) {
            keys.add("address:" + address);
        }
        return keys;
    }
}
