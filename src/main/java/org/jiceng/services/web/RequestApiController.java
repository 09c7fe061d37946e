package org.jiceng.services.web;

import java.io.IOException;
import java.net.URI;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.services.internal.request.RequestPhotos;
import org.jiceng.services.internal.request.RequestViews.Detail;
import org.jiceng.services.internal.request.RequestViews.Summary;
import org.jiceng.services.internal.request.RequestWork;
import org.jiceng.services.internal.request.ServiceRequests;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 代办 and 全程代理 requests: asked for, read with their lines and timeline, stepped line by line, rated. */
@RestController
@RequestMapping("/api/v1/services/requests")
class RequestApiController {

    private final ServiceRequests requests;
    private final RequestWork work;
    private final RequestPhotos photos;

    RequestApiController(ServiceRequests requests, RequestWork work, RequestPhotos photos) {
        this.requests = requests;
        this.work = work;
        this.photos = photos;
    }

    @Guard(resource = Resource.SERVICE_REQUEST, action = Action.READ)
    @GetMapping
    Page<Summary> list(@RequestParam(required = false) String territory, @RequestParam(required = false) String status,
                       @RequestParam(required = false) Boolean mine, @RequestParam(required = false) String after,
                       @RequestParam(required = false) Integer limit, CurrentUser user) {
        return requests.list(user, territory, status, Boolean.TRUE.equals(mine), after, Page.limit(limit));
    }

    @Guard(resource = Resource.SERVICE_REQUEST, action = Action.CREATE)
    @PostMapping
    ResponseEntity<Summary> ask(@RequestBody ServiceRequests.Ask ask, CurrentUser user) {
        Summary asked = requests.ask(ask, user);
        return ResponseEntity.created(URI.create("/api/v1/services/requests/" + asked.id())).body(asked);
    }

    @Guard(resource = Resource.SERVICE_REQUEST, action = Action.READ)
    @GetMapping("/{id}")
    Detail detail(@PathVariable long id, CurrentUser user) {
        return requests.detail(id, user);
    }

    @Guard(resource = Resource.SERVICE_REQUEST, action = Action.ACT)
    @PostMapping("/{id}/lines/{line}/actions/{action}")
    Detail act(@PathVariable long id, @PathVariable long line, @PathVariable String action,
               @RequestBody(required = false) RequestWork.StepInput input, CurrentUser user) {
        return work.act(id, line, action, input, user);
    }

    record Rating(String satisfaction, String comment, Integer version) {
    }

    @Guard(resource = Resource.SERVICE_REQUEST, action = Action.ACT)
    @PostMapping("/{id}/rating")
    Detail rate(@PathVariable long id, @RequestBody(required = false) Rating rating, CurrentUser user) {
        Rating r = rating == null ? new Rating(null, null, null) : rating;
        return work.rate(id, r.satisfaction(), r.comment(), r.version(), user);
    }

    record Created(long id) {
    }

    @Guard(resource = Resource.SERVICE_REQUEST, action = Action.ACT)
    @PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Created> addPhoto(@PathVariable long id,
                                     @RequestParam(name = "file", required = false) MultipartFile file,
                                     CurrentUser user) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new BadInputException("file", "请选择要上传的材料照片（表单字段 file）");
        }
        long photo = photos.add(id, file.getBytes(), user);
        return ResponseEntity.created(URI.create("/api/v1/services/requests/" + id + "/photos/" + photo))
                .body(new Created(photo));
    }

    @Guard(resource = Resource.SERVICE_REQUEST, action = Action.READ)
    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId, CurrentUser user) {
        RequestPhotos.Photo photo = photos.photo(id, photoId, user);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore()).header("X-Content-Type-Options", "nosniff")
                .body(photo.content());
    }
}
