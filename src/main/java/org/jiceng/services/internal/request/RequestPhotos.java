package org.jiceng.services.internal.request;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.FileKind;
import org.jiceng.NotFoundException;
import org.jiceng.Resource;
import org.jiceng.services.internal.request.LineState.Actor;
import org.jiceng.services.internal.request.RequestRepository.Stored;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos and scans of a request's materials: JPEG, PNG or PDF by their first bytes (never by the name or the type
 * the browser claims), size-capped. They are personal data: only those who may read the request see them.
 */
@Service
public class RequestPhotos {

    static final int MAX_PHOTOS = 20;

    private final RequestRepository repository;
    private final ServiceRequests requests;
    private final int maxBytes;

    RequestPhotos(RequestRepository repository, ServiceRequests requests,
                  @Value("${jiceng.services.photo-max-bytes:5242880}") int maxBytes) {
        this.repository = repository;
        this.requests = requests;
        this.maxBytes = maxBytes;
    }

    public record Photo(String contentType, byte[] content) {
    }

    @Transactional
    public long add(long requestId, byte[] content, CurrentUser user) {
        Stored request = repository.request(requestId, true).orElseThrow(() -> new NotFoundException("办件不存在"));
        RequestAccess.checkReadable(user, request, repository.lines(requestId, requests.now()));
        Set<Actor> actors = RequestAccess.actors(user, request, null);
        if (!actors.contains(Actor.DESK) && !actors.contains(Actor.RESIDENT)) {
            throw AccessPolicy.refusal(Resource.SERVICE_REQUEST, Action.ACT);
        }
        if (content == null || content.length == 0) {
            throw new BadInputException("file", "请选择要上传的材料照片（表单字段 file）");
        }
        if (content.length > maxBytes) {
            throw new BadInputException("file", "文件过大：最大 " + (maxBytes >> 20) + " MB，请压缩后再传");
        }
        String type = typeOf(content)
                .orElseThrow(() -> new BadInputException("file", "只能上传 JPEG、PNG 照片或 PDF 扫描件"));
        if (RequestStatus.valueOf(request.summary().status()).ended()) {
            throw new ConflictException("办件已办结，不能再添加材料");
        }
        if (repository.photoCount(requestId) >= MAX_PHOTOS) {
            throw new ConflictException("每个办件最多附 " + MAX_PHOTOS + " 份材料照片");
        }
        long id = repository.addPhoto(request.county(), requestId, type, content, user.id(), requests.now());
        repository.event(request.county(), requestId, null, requests.now(), user.id(), user.displayName(),
                "上传材料", "材料照片 1 份");
        return id;
    }

    public Photo photo(long requestId, long photoId, CurrentUser user) {
        Stored request = repository.request(requestId, false).orElseThrow(() -> new NotFoundException("办件不存在"));
        RequestAccess.checkReadable(user, request, repository.lines(requestId, requests.now()));
        return repository.photo(requestId, photoId).map(p -> new Photo(p.contentType(), p.content()))
                .orElseThrow(() -> new NotFoundException("材料照片不存在"));
    }

    static Optional<String> typeOf(byte[] b) {
        return FileKind.typeAmong(b, EnumSet.of(FileKind.JPEG, FileKind.PNG, FileKind.PDF));
    }
}
