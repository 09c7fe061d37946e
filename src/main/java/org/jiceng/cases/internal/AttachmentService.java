package org.jiceng.cases.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jiceng.CurrentUser;
import org.jiceng.FileKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of cases: uploaded first, then named by the intake or the action that uses them. The type is read
 * from the first bytes (a renamed file is refused), the size is limited, and the content is kept in the
 * database with the case so a backup holds both.
 */
@Service
public class AttachmentService {

    public record Stored(String id, Long caseId, String contentType, int size, long uploadedBy, byte[] content) {
    }

    /** A person's uploads of one day are spent: 429, with the seconds until the quota renews at midnight. */
    public static final class QuotaSpent extends BadInputException {
        private final long retryAfterSeconds;

        QuotaSpent(String detail, long retryAfterSeconds) {
            super(detail);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** One photo larger than allowed: 413. */
    public static final class TooLarge extends BadInputException {
        TooLarge(String detail) {
            super(detail);
        }
    }

    /** How long an upload waits to be named by a case before it is cleared. */
    static final Duration UNUSED_KEPT = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final int maxBytes;
    private final int dailyCount;
    private final long dailyBytes;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AttachmentService(JdbcClient jdbc, @Value("${jiceng.cases.photo-max-bytes:10485760}") int maxBytes,
                      @Value("${jiceng.cases.upload-daily-count:200}") int dailyCount,
                      @Value("${jiceng.cases.upload-daily-bytes:524288000}") long dailyBytes, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.maxBytes = maxBytes;
        this.dailyCount = dailyCount;
        this.dailyBytes = dailyBytes;
    }

    /** JPEG, PNG, WebP or HEIC by their magic numbers; empty for anything else. */
    static Optional<String> typeOf(byte[] b) {
        return FileKind.typeAmong(b, EnumSet.of(FileKind.JPEG, FileKind.PNG, FileKind.WEBP, FileKind.HEIC));
    }

    @Transactional
    public Stored upload(CurrentUser user, byte[] content) {
        if (content == null || content.length == 0) {
            throw new BadInputException("请选择要上传的照片");
        }
        if (content.length > maxBytes) {
            throw new TooLarge("照片过大：最大 " + (maxBytes >> 20) + " MB，请压缩后再传");
        }
        String type = typeOf(content)
                .orElseThrow(() -> new BadInputException("只能上传 JPEG、PNG、WebP 或 HEIC 格式的照片"));
        checkQuota(user.id(), content.length);
        byte[] idBytes = new byte[16];
        random.nextBytes(idBytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(idBytes);
        jdbc.sql("""
                        insert into cases.attachment (id, content_type, size_bytes, sha256, content, uploaded_by)
                        values (:id, :type, :size, :sha, :content, :user)""")
                .param("id", id).param("type", type).param("size", content.length).param("sha", sha256(content))
                .param("content", content).param("user", user.id()).update();
        return new Stored(id, null, type, content.length, user.id(), null);
    }

    /**
     * The daily quota (count and bytes, Beijing day) of one person's uploads. The person's uploads are counted
     * under a lock of their own, so two uploads at once cannot both slip under the limit.
     */
    private void checkQuota(long userId, int size) {
        ZonedDateTime now = clock.instant().atZone(Beijing.ZONE);
        ZonedDateTime midnight = now.toLocalDate().atStartOfDay(Beijing.ZONE);
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('cases.attachment.quota', :user))")
                .param("user", userId).query((rs, n) -> 0).list();
        long[] used = jdbc.sql("select count(*), coalesce(sum(size_bytes), 0) from cases.attachment"
                        + " where uploaded_by = :user and uploaded_at >= :since")
                .param("user", userId).param("since", Timestamp.from(midnight.toInstant()))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        long retryAfter = Math.max(1, Duration.between(now, midnight.plusDays(1)).toSeconds());
        if (used[0] + 1 > dailyCount) {
            throw new QuotaSpent("今天上传的照片已达 " + dailyCount + " 张的上限，请明天再传", retryAfter);
        }
        if (used[1] + size > dailyBytes) {
            throw new QuotaSpent("今天上传的照片已达 " + (dailyBytes >> 20) + " MB 的上限，请明天再传", retryAfter);
        }
    }

    /** Clears uploads never named by a case within a day of their upload (a form abandoned, a script's leftovers). */
    @Scheduled(fixedDelayString = "${jiceng.cases.unused-upload-sweep:PT1H}", initialDelayString = "PT5M")
    @SchedulerLock(name = "cases.unused-upload-sweep", lockAtMostFor = "PT10M")
    void scheduledSweep() {
        sweepUnused(clock.instant());
    }

    /** Deletes the uploads of before {@code now} minus a day that no case names; answers how many. */
    @Transactional
    public int sweepUnused(Instant now) {
        return jdbc.sql("delete from cases.attachment where case_id is null and uploaded_at < :before")
                .param("before", Timestamp.from(now.minus(UNUSED_KEPT))).update();
    }

    /**
     * Links the named uploads to a case; each must be the user's own and not yet used. Answers the ids in order.
     */
    List<String> attach(CurrentUser user, long caseId, List<String> ids) {
        List<String> distinct = checkedIds(ids);
        for (String id : distinct) {
            int linked = jdbc.sql("""
                            update cases.attachment set case_id = :case
                            where id = :id and uploaded_by = :user and (case_id is null or case_id = :case)""")
                    .param("case", caseId).param("id", id).param("user", user.id()).update();
            if (linked != 1) {
                throw new BadInputException("照片 " + id + " 不存在或不是您上传的，请重新上传");
            }
        }
        return distinct;
    }

    /** The photos of one step, each once: at most nine. */
    static List<String> checkedIds(List<String> ids) {
        List<String> distinct = ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids));
        if (distinct.size() > 9) {
            throw new BadInputException("每次最多附 9 张照片");
        }
        return distinct;
    }

    public Optional<Stored> find(String id) {
        return jdbc.sql("select id, case_id, content_type, size_bytes, uploaded_by, content from cases.attachment where id = :id")
                .param("id", id)
                .query((rs, n) -> new Stored(rs.getString("id"), (Long) rs.getObject("case_id"), rs.getString("content_type"),
                        rs.getInt("size_bytes"), rs.getLong("uploaded_by"), rs.getBytes("content")))
                .optional();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
