package org.jiceng.party.internal.branchlife;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Photos of a meeting: JPEG, PNG or WebP by their first bytes (a renamed file is refused), size-limited, nine at most. */
@Service
public class BranchMeetingPhotos {

    static final int MAX_PHOTOS = 9;

    private final BranchMeetingRepository repository;
    private final BranchLifeAccess access;
    private final int maxBytes;

    BranchMeetingPhotos(BranchMeetingRepository repository, BranchLifeAccess access,
                  @Value("${jiceng.party.photo-max-bytes:10485760}") int maxBytes) {
        this.repository = repository;
        this.access = access;
        this.maxBytes = maxBytes;
    }

    public record Photo(String contentType, byte[] content) {
    }

    static Optional<String> typeOf(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
                && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of("image/png");
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
                && b[10] == 'B' && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    @Transactional
    public long add(long meetingId, byte[] content, CurrentUser user) {
        MeetingView meeting = repository.find(meetingId)
                .orElseThrow(() -> new NotFoundException("会议不存在或不在您的辖区内"));
        access.meetingCheck(user, Action.UPDATE, meeting.territoryCode(), meeting.organisationId(), "会议");
        if (content == null || content.length == 0) {
            throw new BadInputException("file", "请选择要上传的照片（表单字段 file）");
        }
        if (content.length > maxBytes) {
            throw new BadInputException("file", "照片过大：最大 " + (maxBytes >> 20) + " MB，请压缩后再传");
        }
        String type = typeOf(content).orElseThrow(() -> new BadInputException("file", "只能上传 JPEG、PNG 或 WebP 格式的照片"));
        repository.lock(meetingId);
        if (repository.photoIds(meetingId).size() >= MAX_PHOTOS) {
            throw new ConflictException("每次会议最多附 " + MAX_PHOTOS + " 张照片");
        }
        return repository.insertPhoto(meetingId, meeting.territoryCode(), type, content, sha256(content), user.id());
    }

    public Photo photo(long meetingId, long photoId, CurrentUser user) {
        MeetingView meeting = repository.find(meetingId)
                .orElseThrow(() -> new NotFoundException("会议不存在或不在您的辖区内"));
        access.meetingCheck(user, Action.READ, meeting.territoryCode(), meeting.organisationId(), "会议");
        return repository.photo(meetingId, photoId).map(p -> new Photo(p.contentType(), p.content()))
                .orElseThrow(() -> new NotFoundException("照片不存在"));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
