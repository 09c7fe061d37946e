package org.jiceng.cases.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code Idempotency-Key} of a filing (docs/case-loop.md): a retry by the same caller with the same key answers
 * the case filed the first time and files nothing. The key is claimed by an insert into a unique key in the
 * transaction that files the case, so of two retries racing, the second waits on the first's row and then reads
 * its case; a filing that fails rolls its claim back with it. A key is kept 24 hours. Only a request carrying the
 * header comes here: a filing without one costs no statement more.
 */
@Component
public class FilingKeys {

    /** How long a key answers the same case; after that it is free again. */
    static final Duration KEPT = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FilingKeys(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What a filing under a key answers: the case, and whether this request filed it. */
    public record Once<T>(T value, boolean created) {
    }

    /**
     * Files once per ({@code caller}, {@code key}): {@code file} runs only when the key is new, in the transaction
     * that claims it; otherwise {@code earlier} answers the case filed before. The same key with another body is 409.
     */
    public <T> Once<T> fileOnce(String caller, String key, String body, Supplier<T> file, ToLongFunction<T> idOf,
                                LongFunction<T> earlier) {
        String checked = checked(key);
        String hash = sha256(body);
        return transaction.execute(status -> {
            Optional<Long> before = claim(caller, checked, hash);
            if (before.isPresent()) {
                return new Once<>(earlier.apply(before.get()), false);
            }
            T filed = file.get();
            jdbc.sql("update cases.filing_key set case_id = :case where caller = :caller and idem_key = :key")
                    .param("case", idOf.applyAsLong(filed)).param("caller", caller).param("key", checked).update();
            return new Once<>(filed, true);
        });
    }

    private Optional<Long> claim(String caller, String key, String hash) {
        Instant now = clock.instant();
        int claimed = jdbc.sql("""
                        insert into cases.filing_key (caller, idem_key, body_hash, created_at) values (:caller, :key, :hash, :now)
                        on conflict (caller, idem_key) do update set body_hash = excluded.body_hash, case_id = null,
                            created_at = excluded.created_at
                        where cases.filing_key.created_at < :expired""")
                .param("caller", caller).param("key", key).param("hash", hash).param("now", Timestamp.from(now))
                .param("expired", Timestamp.from(now.minus(KEPT))).update();
        if (claimed == 1) {
            return Optional.empty();
        }
        // the row was committed by the first request (its insert made this one wait until then)
        var earlier = jdbc.sql("select body_hash, case_id from cases.filing_key where caller = :caller and idem_key = :key")
                .param("caller", caller).param("key", key)
                .query((rs, n) -> new Object[] {rs.getString("body_hash"), rs.getObject("case_id")}).single();
        if (!hash.equals(earlier[0])) {
            throw new ConflictException("该 Idempotency-Key 已用于另一份内容不同的提交；重试请原样重发，新的诉求请换一个新的键");
        }
        if (earlier[1] == null) {
            throw new ConflictException("使用该 Idempotency-Key 的提交未能完成，请换一个新的键重新提交");
        }
        return Optional.of(((Number) earlier[1]).longValue());
    }

    /** Forgets keys older than a day (a retry after that files anew). */
    @Scheduled(fixedDelayString = "${jiceng.cases.filing-key-sweep:PT1H}", initialDelayString = "PT5M")
    @SchedulerLock(name = "cases.filing-key-sweep", lockAtMostFor = "PT10M")
    void scheduledSweep() {
        sweep(clock.instant());
    }

    int sweep(Instant now) {
        return jdbc.sql("delete from cases.filing_key where created_at < :expired")
                .param("expired", Timestamp.from(now.minus(KEPT))).update();
    }

    static String checked(String key) {
        String k = key.strip();
        if (k.isEmpty() || k.length() > 200 || !k.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new BadInputException("Idempotency-Key 须为 1 到 200 个可见的 ASCII 字符（如 UUID）");
        }
        return k;
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
