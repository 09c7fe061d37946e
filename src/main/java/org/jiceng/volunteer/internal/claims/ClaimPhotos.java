package org.jiceng.volunteer.internal.claims;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FileKind;
import org.jiceng.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Photos reporting a claim carried out: JPEG, PNG or WebP by their first bytes, size-limited, nine at most. */
@Service
public class ClaimPhotos {

    static final int MAX_PHOTOS = 9;

    private final ClaimRepository repository;
    private final Claims claims;
    private final Clock clock;
    private final int maxBytes;

    ClaimPhotos(ClaimRepository repository, Claims claims, Clock clock,
                @Value("${jiceng.volunteer.photo-max-bytes:10485760}") int maxBytes) {
        this.repository = repository;
        this.claims = claims;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public record Photo(String contentType, byte[] content) {
    }

    @Transactional
    public long add(long claimId, byte[] content, CurrentUser user) {
        ClaimRepository.Owned owned = claims.ownAct(claimId, user);
        if (content == null || content.length == 0) {
            throw new BadInputException("file", "请选择要上传的照片（表单字段 file）");
        }
        if (content.length > maxBytes) {
            throw new BadInputException("file", "照片过大：最大 " + (maxBytes >> 20) + " MB，请压缩后再传");
        }
        String type = typeOf(content).orElseThrow(() -> new BadInputException("file", "只能上传 JPEG、PNG 或 WebP 格式的照片"));
        if (owned.claim().status().equals("CONFIRMED")) {
            throw new ConflictException("社区已确认，不能再添加照片");
        }
        repository.lock(claimId);
        if (repository.photoCount(claimId) >= MAX_PHOTOS) {
            throw new ConflictException("每项认领最多附 " + MAX_PHOTOS + " 张照片");
        }
        return repository.addPhoto(claimId, owned.claim().communityCode(), type, content, sha256(content),
                OffsetDateTime.now(clock).withOffsetSameInstant(Beijing.OFFSET));
    }

    public Photo photo(long claimId, long photoId, CurrentUser user) {
        claims.readable(claimId, user);
        return repository.photo(claimId, photoId).map(p -> new Photo(p.contentType(), p.content()))
                .orElseThrow(() -> new NotFoundException("照片不存在"));
    }

    static Optional<String> typeOf(byte[] b) {
        return FileKind.typeAmong(b, EnumSet.of(FileKind.JPEG, FileKind.PNG, FileKind.WEBP));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
