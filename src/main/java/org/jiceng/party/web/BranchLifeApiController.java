package org.jiceng.party.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.party.internal.branchlife.BranchYear;
import org.jiceng.party.internal.branchlife.BranchMeetingPhotos;
import org.jiceng.party.internal.branchlife.BranchMeetings;
import org.jiceng.party.web.BranchLifeJson.Created;
import org.jiceng.party.web.BranchLifeJson.Meeting;
import org.jiceng.party.web.BranchLifeJson.Overdue;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 三会一课 and 主题党日 planned and recorded, their photos, overdue meetings, and a branch's year. */
@RestController
class BranchLifeApiController {

    private final BranchMeetings meetings;
    private final BranchMeetingPhotos photos;
    private final BranchYear years;

    BranchLifeApiController(BranchMeetings meetings, BranchMeetingPhotos photos, BranchYear years) {
        this.meetings = meetings;
        this.photos = photos;
        this.years = years;
    }

    @Guard(resource = Resource.BRANCH_MEETING, action = Action.READ)
    @GetMapping("/api/v1/party/meetings")
    Page<Meeting> meetings(@RequestParam(required = false) String territory,
                           @RequestParam(required = false) Long organisationId,
                           @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                           @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                           CurrentUser user) {
        var page = meetings.list(user, territory, organisationId, from, to, after, Page.limit(limit));
        return new Page<>(page.items().stream().map(Meeting::of).toList(), page.next());
    }

    @Guard(resource = Resource.BRANCH_MEETING, action = Action.CREATE)
    @PostMapping("/api/v1/party/meetings")
    ResponseEntity<Created> create(@RequestBody BranchMeetings.Request request, CurrentUser user) {
        long id = meetings.create(request, user);
        return ResponseEntity.created(URI.create("/api/v1/party/meetings/" + id)).body(new Created(id));
    }

    @Guard(resource = Resource.BRANCH_MEETING, action = Action.READ)
    @GetMapping("/api/v1/party/meetings/{id}")
    Meeting meeting(@PathVariable long id, CurrentUser user) {
        return Meeting.of(meetings.meeting(id, user));
    }

    @Guard(resource = Resource.BRANCH_MEETING, action = Action.UPDATE)
    @PostMapping("/api/v1/party/meetings/{id}/record")
    Meeting record(@PathVariable long id, @RequestBody BranchMeetings.Request request, CurrentUser user) {
        meetings.record(id, request, user);
        return Meeting.of(meetings.meeting(id, user));
    }

    @Guard(resource = Resource.BRANCH_MEETING, action = Action.UPDATE)
    @PostMapping(path = "/api/v1/party/meetings/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Created> addPhoto(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                                     CurrentUser user) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new BadInputException("file", "请选择要上传的照片（表单字段 file）");
        }
        long photo = photos.add(id, file.getBytes(), user);
        return ResponseEntity.created(URI.create("/api/v1/party/meetings/" + id + "/photos/" + photo))
                .body(new Created(photo));
    }

    @Guard(resource = Resource.BRANCH_MEETING, action = Action.READ)
    @GetMapping("/api/v1/party/meetings/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId, CurrentUser user) {
        BranchMeetingPhotos.Photo photo = photos.photo(id, photoId, user);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate()).header("X-Content-Type-Options", "nosniff")
                .body(photo.content());
    }

    @Guard(resource = Resource.BRANCH_MEETING, action = Action.READ)
    @GetMapping("/api/v1/party/meetings/overdue")
    Map<String, List<Overdue>> overdue(@RequestParam(required = false) String territory,
                                       @RequestParam(required = false) Integer limit, CurrentUser user) {
        return Map.of("items", years.overdue(user, territory, Page.limit(limit)).stream().map(Overdue::of).toList());
    }

    @Guard(resource = Resource.BRANCH_MEETING, action = Action.READ)
    @GetMapping("/api/v1/party/branches/{id}/year/{year}")
    BranchLifeJson.Year year(@PathVariable long id, @PathVariable int year, CurrentUser user) {
        return BranchLifeJson.Year.of(years.year(id, year, user));
    }
}
