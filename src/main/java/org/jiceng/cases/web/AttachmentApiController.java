package org.jiceng.cases.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.io.IOException;
import java.net.URI;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.cases.internal.AttachmentService;
import org.jiceng.cases.internal.CaseService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Photos: upload first ({@code file} in a multipart form), then name them in a case or an action. */
@RestController
@RequestMapping("/api/v1/attachments")
class AttachmentApiController {

    private final AttachmentService attachments;
    private final CaseService cases;

    AttachmentApiController(AttachmentService attachments, CaseService cases) {
        this.attachments = attachments;
        this.cases = cases;
    }

    record Uploaded(String id, String contentType, int size) {
    }

    @Guard(resource = Resource.ATTACHMENT, action = Action.CREATE)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Uploaded> upload(@RequestParam(name = "file", required = false) MultipartFile file, CurrentUser user)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new BadInputException("请选择要上传的照片（表单字段 file）");
        }
        AttachmentService.Stored stored = attachments.upload(user, file.getBytes());
        return ResponseEntity.created(URI.create("/api/v1/attachments/" + stored.id()))
                .body(new Uploaded(stored.id(), stored.contentType(), stored.size()));
    }

    /** A photo is seen by whoever may see its case, or, before it is used, by its uploader. */
    @Guard(resource = Resource.ATTACHMENT, action = Action.READ)
    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(@PathVariable String id, CurrentUser user) {
        AttachmentService.Stored stored = attachments.find(id).filter(a -> a.caseId() == null ? a.uploadedBy() == user.id()
                        : canSee(user, a.caseId()))
                .orElseThrow(() -> new NotFoundException("照片不存在或您无权查看"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(stored.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate()).header("X-Content-Type-Options", "nosniff")
                .body(stored.content());
    }

    private boolean canSee(CurrentUser user, long caseId) {
        try {
            cases.find(user, caseId);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
