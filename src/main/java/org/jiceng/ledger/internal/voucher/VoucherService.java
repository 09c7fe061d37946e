package org.jiceng.ledger.internal.voucher;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.ledger.internal.LedgerAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receipts (凭证) of ledger accounts. A keeper who keeps the books uploads one; its type is read from its bytes
 * (JPEG, PNG or PDF), its size limited, its SHA-256 kept beside it. The original is read by the account's keepers
 * and oversight (VOUCHER READ); those who read the account's statements see the covered copy, or the original
 * where the keeper found nothing on it to cover — and nothing at all until one of the two is so and an entry of the
 * journal cites it (a receipt of a payment still waiting, or refused, is no part of the statements).
 */
@Service
public class VoucherService {

    /** A voucher without its bytes. */
    public record VoucherView(long id, long accountId, String contentType, int size, String sha256, boolean publicAsIs,
                              boolean covered, String coveredType, int coveredBoxes) {

        /** Whether the account's readers can see it yet. */
        public boolean published() {
            return covered || publicAsIs;
        }
    }

    /** The bytes to answer with and their type. */
    public record Content(String contentType, String sha256, byte[] bytes) {
    }

    /** One receipt larger than allowed: 413. */
    public static final class TooLarge extends BadInputException {
        TooLarge(String detail) {
            super("file", detail);
        }
    }

    private final JdbcClient jdbc;
    private final LedgerAccess access;
    private final Clock clock;
    private final int maxBytes;

    VoucherService(JdbcClient jdbc, LedgerAccess access, Clock clock,
                   @Value("${jiceng.ledger.voucher-max-bytes:10485760}") int maxBytes) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    @Transactional
    public VoucherView upload(CurrentUser user, long accountId, byte[] content, boolean publicAsIs) {
        LedgerAccess.Account account = access.require(user, Resource.VOUCHER, Action.CREATE, accountId);
        String type = checked(content, "file");
        long id = jdbc.sql("""
                        insert into ledger.voucher (county, account_id, content_type, size_bytes, sha256, content,
                                                    public_as_is, uploaded_by, uploaded_at)
                        values (:county, :account, :type, :size, :sha, :content, :asIs, :by, :at) returning id""")
                .param("county", account.county()).param("account", accountId).param("type", type)
                .param("size", content.length).param("sha", sha256(content)).param("content", content)
                .param("asIs", publicAsIs).param("by", user.id()).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    /** Covers parts of an image receipt with black boxes; the covered copy replaces any earlier one. */
    @Transactional
    public VoucherView cover(CurrentUser user, long id, List<Cover.Box> boxes) {
        VoucherView voucher = requireRead(user, id, Resource.VOUCHER, Action.CREATE);
        if (!VoucherType.isImage(voucher.contentType())) {
            throw new BadInputException("boxes", "PDF 凭证不能在线遮盖，请上传遮盖后的副本");
        }
        byte[] original = jdbc.sql("select content from ledger.voucher where id = :id").param("id", id)
                .query(byte[].class).single();
        storeCovered(id, VoucherType.PNG, Cover.draw(original, boxes), boxes.size());
        return find(id).orElseThrow();
    }

    /** Keeps a copy the keeper covered by hand (a PDF, or an image covered elsewhere) as the public one. */
    @Transactional
    public VoucherView coveredCopy(CurrentUser user, long id, byte[] content) {
        requireRead(user, id, Resource.VOUCHER, Action.CREATE);
        storeCovered(id, checked(content, "file"), content, 0);
        return find(id).orElseThrow();
    }

    public VoucherView view(CurrentUser user, long id) {
        return requireRead(user, id, Resource.VOUCHER, Action.READ);
    }

    /** The receipt as uploaded: for the keepers and oversight. */
    public Content original(CurrentUser user, long id) {
        requireRead(user, id, Resource.VOUCHER, Action.READ);
        return content(id, "content_type", "sha256", "content");
    }

    /** What the account's readers see: the covered copy, or the original the keeper found nothing on to cover. */
    public Content published(CurrentUser user, long id) {
        VoucherView voucher = requireRead(user, id, Resource.LEDGER_STATEMENT, Action.READ);
        if (!inJournal(voucher)) {
            // a receipt of a payment still waiting, or refused, is not part of the account's statements
            throw new NotFoundException("凭证 " + id + " 尚未入账，暂不公开");
        }
        if (voucher.covered()) {
            return content(id, "covered_type", "covered_sha256", "covered");
        }
        if (voucher.publicAsIs()) {
            return content(id, "content_type", "sha256", "content");
        }
        throw new NotFoundException("凭证 " + id + " 尚未遮盖个人信息，暂不公开");
    }

    private boolean inJournal(VoucherView voucher) {
        return jdbc.sql("select exists (select 1 from ledger.entry where account_id = :account and voucher_id = :id)")
                .param("account", voucher.accountId()).param("id", voucher.id()).query(Boolean.class).single();
    }

    /** A voucher of {@code accountId}, for a payment that cites it; 400 when it is not that account's. */
    public VoucherView ofAccount(long id, long accountId) {
        return find(id).filter(v -> v.accountId() == accountId)
                .orElseThrow(() -> new BadInputException("voucherId", "凭证 " + id + " 不存在或不属于这个账本，请先上传凭证"));
    }

    Optional<VoucherView> find(long id) {
        return jdbc.sql("""
                        select id, account_id, content_type, size_bytes, sha256, public_as_is, covered_type, covered_boxes
                        from ledger.voucher where id = :id""")
                .param("id", id)
                .query((rs, n) -> new VoucherView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getBoolean(6), rs.getString(7) != null, rs.getString(7), rs.getInt(8)))
                .optional();
    }

    private VoucherView requireRead(CurrentUser user, long id, Resource resource, Action action) {
        VoucherView voucher = find(id).orElseThrow(() -> new NotFoundException("凭证 " + id + " 不存在"));
        try {
            access.require(user, resource, action, voucher.accountId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("凭证 " + id + " 不存在");
        }
        return voucher;
    }

    private Content content(long id, String type, String sha, String bytes) {
        return jdbc.sql("select " + type + ", " + sha + ", " + bytes + " from ledger.voucher where id = :id")
                .param("id", id).query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .single();
    }

    private void storeCovered(long id, String type, byte[] covered, int boxes) {
        jdbc.sql("""
                        update ledger.voucher set covered_type = :type, covered_sha256 = :sha, covered = :covered,
                                                  covered_boxes = :boxes
                        where id = :id""")
                .param("type", type).param("sha", sha256(covered)).param("covered", covered).param("boxes", boxes)
                .param("id", id).update();
    }

    private String checked(byte[] content, String field) {
        if (content == null || content.length == 0) {
            throw new BadInputException(field, "请选择凭证文件（发票、收据的照片或 PDF）");
        }
        if (content.length > maxBytes) {
            throw new TooLarge("凭证文件过大：最大 " + (maxBytes >> 20) + " MB，请压缩后再传");
        }
        return VoucherType.of(content)
                .orElseThrow(() -> new BadInputException(field, "凭证只能是 JPEG、PNG 图片或 PDF 文件"));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
