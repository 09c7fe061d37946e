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
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

    /**
     * A photo is seen by its uploader before it is used; then by whoever may read its case's photos, a photo staff
     * attached only by those who read the case's internal side (not the reporter, not a follower).
     */
    @Guard(resource = Resource.ATTACHMENT, action = Action.READ)
    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(@PathVariable String id, CurrentUser user) {
        AttachmentService.Stored stored = attachments.find(id).filter(a -> a.caseId() == null ? a.uploadedBy() == user.id()
                        : cases.mayReadAttachment(user, a.caseId(), a.uploadedBy()))
                .orElseThrow(() -> new NotFoundException("照片不存在或您无权查看"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(stored.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate()).header("X-Content-Type-Options", "nosniff")
                .body(stored.content());
    }

    @ExceptionHandler(AttachmentService.QuotaSpent.class)
    ResponseEntity<ProblemDetail> quotaSpent(AttachmentService.QuotaSpent e, HttpServletRequest request) {
        return problem(HttpStatus.TOO_MANY_REQUESTS, "上传过多", e.getMessage(), request)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).build();
    }

    @ExceptionHandler(AttachmentService.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(AttachmentService.TooLarge e, HttpServletRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "内容过大", e.getMessage(), request).build();
    }

    private static ProblemBuilder problem(HttpStatus status, String title, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        return new ProblemBuilder(ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON), problem);
    }

    /** A problem answer still open for headers. */
    private record ProblemBuilder(ResponseEntity.BodyBuilder builder, ProblemDetail problem) {
        ProblemBuilder header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        ResponseEntity<ProblemDetail> build() {
            return builder.body(problem);
        }
    }
}
