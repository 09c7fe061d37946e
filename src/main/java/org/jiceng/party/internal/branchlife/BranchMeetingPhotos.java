package org.jiceng.party.internal.branchlife;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FileKind;
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
        return FileKind.typeAmong(b, EnumSet.of(FileKind.JPEG, FileKind.PNG, FileKind.WEBP));
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
