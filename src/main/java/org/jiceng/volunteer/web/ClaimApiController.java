package org.jiceng.volunteer.web;

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
import org.jiceng.party.NeedView;
import org.jiceng.volunteer.internal.claims.ClaimPhotos;
import org.jiceng.volunteer.internal.claims.ClaimViews.Claim;
import org.jiceng.volunteer.internal.claims.ClaimViews.Spot;
import org.jiceng.volunteer.internal.claims.Claims;
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

/** 认领: spots a community publishes, the 微心愿 of its needs list, and volunteers' claims with their photos. */
@RestController
@RequestMapping("/api/v1/volunteer/claims")
class ClaimApiController {

    private final Claims claims;
    private final ClaimPhotos photos;

    ClaimApiController(Claims claims, ClaimPhotos photos) {
        this.claims = claims;
        this.photos = photos;
    }

    record Wish(long id, String communityCode, String title, String description, String wantedBy, String status,
                String statusName) {
        static Wish of(NeedView n) {
            return new Wish(n.id(), n.communityCode(), n.title(), n.description(),
                    n.wantedBy() == null ? null : n.wantedBy().toString(), n.status().name(), n.status().label());
        }
    }

    @Guard(resource = Resource.CLAIM, action = Action.READ)
    @GetMapping("/spots")
    Page<Spot> spots(@RequestParam(required = false) String village, @RequestParam(required = false) String after,
                     @RequestParam(required = false) Integer limit, CurrentUser user) {
        return claims.spots(village, user, after, Page.limit(limit));
    }

    @Guard(resource = Resource.CLAIM, action = Action.MANAGE)
    @PostMapping("/spots")
    ResponseEntity<Spot> publishSpot(@RequestBody Claims.SpotRequest request, CurrentUser user) {
        return ResponseEntity.status(201).body(claims.publishSpot(request, user));
    }

    @Guard(resource = Resource.CLAIM, action = Action.READ)
    @GetMapping("/wishes")
    Map<String, List<Wish>> wishes(@RequestParam(required = false) String village, CurrentUser user) {
        return Map.of("items", claims.wishes(village == null ? HonourApiController.community(user) : village, user)
                .stream().map(Wish::of).toList());
    }

    @Guard(resource = Resource.CLAIM, action = Action.CREATE)
    @PostMapping
    ResponseEntity<Claim> claim(@RequestBody Claims.ClaimRequest request, CurrentUser user) {
        Claim claim = claims.claim(request, user);
        return ResponseEntity.created(URI.create("/api/v1/volunteer/claims/" + claim.id())).body(claim);
    }

    @Guard(resource = Resource.CLAIM, action = Action.READ)
    @GetMapping
    Page<Claim> list(@RequestParam(required = false) String territory, @RequestParam(required = false) Boolean mine,
                     @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                     CurrentUser user) {
        return claims.claims(user, territory, Boolean.TRUE.equals(mine), after, Page.limit(limit));
    }

    @Guard(resource = Resource.CLAIM, action = Action.READ)
    @GetMapping("/{id}")
    Claim claim(@PathVariable long id, CurrentUser user) {
        return claims.claimOf(id, user);
    }

    record Created(long id) {
    }

    @Guard(resource = Resource.CLAIM, action = Action.ACT)
    @PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Created> addPhoto(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                                     CurrentUser user) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new BadInputException("file", "请选择要上传的照片（表单字段 file）");
        }
        long photo = photos.add(id, file.getBytes(), user);
        return ResponseEntity.created(URI.create("/api/v1/volunteer/claims/" + id + "/photos/" + photo))
                .body(new Created(photo));
    }

    @Guard(resource = Resource.CLAIM, action = Action.READ)
    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId, CurrentUser user) {
        ClaimPhotos.Photo photo = photos.photo(id, photoId, user);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate()).header("X-Content-Type-Options", "nosniff")
                .body(photo.content());
    }

    @Guard(resource = Resource.CLAIM, action = Action.ACT)
    @PostMapping("/{id}/report")
    Claim report(@PathVariable long id, @RequestBody Claims.ReportRequest request, CurrentUser user) {
        return claims.report(id, request, user);
    }

    @Guard(resource = Resource.CLAIM, action = Action.ACT)
    @PostMapping("/{id}/confirm")
    Claim confirm(@PathVariable long id, CurrentUser user) {
        return claims.confirm(id, user);
    }
}
