package org.jiceng.assessment.web;

import java.io.IOException;
import java.net.URI;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Input;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.XlsxSheet;
import org.jiceng.assessment.internal.inspection.FindingLedger;
import org.jiceng.assessment.internal.inspection.FindingState;
import org.jiceng.assessment.internal.inspection.InspectionViews.FindingDetail;
import org.jiceng.assessment.internal.inspection.InspectionViews.FindingView;
import org.jiceng.assessment.internal.inspection.InspectionViews.InspectionView;
import org.jiceng.assessment.internal.inspection.Inspections;
import org.jiceng.assessment.internal.inspection.Letters;
import org.jiceng.assessment.internal.inspection.Rectification;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
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

/**
 * 巡察整改 over HTTP: inspections and their findings (问题清单), each finding's rectification steps, evidence,
 * recommendation letters (建议书) with their answers, and the ledger of findings per unit.
 */
@RestController
@RequestMapping("/api/v1/inspections")
class InspectionApiController {

    private final Inspections inspections;
    private final Rectification rectification;
    private final Letters letters;
    private final FindingLedger ledger;

    InspectionApiController(Inspections inspections, Rectification rectification, Letters letters, FindingLedger ledger) {
        this.inspections = inspections;
        this.rectification = rectification;
        this.letters = letters;
        this.ledger = ledger;
    }

    record Created(long id) {
    }

    record Reason(String reason) {
    }

    @Guard(resource = Resource.INSPECTION, action = Action.READ)
    @GetMapping
    Page<InspectionView> inspections(@RequestParam(required = false) String after,
                                     @RequestParam(required = false) Integer limit, CurrentUser user) {
        return inspections.inspections(user, after, Page.limit(limit));
    }

    @Guard(resource = Resource.INSPECTION, action = Action.CREATE)
    @PostMapping
    ResponseEntity<Created> record(@RequestBody Inspections.InspectionRequest request, CurrentUser user) {
        long id = inspections.record(request, user);
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + id)).body(new Created(id));
    }

    @Guard(resource = Resource.INSPECTION, action = Action.READ)
    @GetMapping("/{id}")
    InspectionView inspection(@PathVariable long id, CurrentUser user) {
        return inspections.inspection(id, user);
    }

    @Guard(resource = Resource.INSPECTION, action = Action.MANAGE)
    @PostMapping("/{id}/findings")
    ResponseEntity<Created> find(@PathVariable long id, @RequestBody Inspections.FindingRequest request, CurrentUser user) {
        long finding = inspections.find(id, request, user);
        return ResponseEntity.created(URI.create("/api/v1/inspections/findings/" + finding)).body(new Created(finding));
    }

    /** The findings the person reads; {@code late=true} keeps the late ones (整改超期). */
    @Guard(resource = Resource.INSPECTION, action = Action.READ)
    @GetMapping("/findings")
    Page<FindingView> findings(@RequestParam(required = false) Long inspection,
                               @RequestParam(required = false) String status,
                               @RequestParam(required = false) boolean late,
                               @RequestParam(required = false) String after,
                               @RequestParam(required = false) Integer limit, CurrentUser user) {
        FindingState state = Input.optionalOneOf(FindingState.class, status, "status", "整改状态", FindingState::label);
        return inspections.findings(user, inspection, state, late, after, Page.limit(limit));
    }

    @Guard(resource = Resource.INSPECTION, action = Action.READ)
    @GetMapping("/findings/{id}")
    FindingDetail finding(@PathVariable long id, CurrentUser user) {
        return inspections.detail(id, user);
    }

    @Guard(resource = Resource.INSPECTION, action = Action.ACT)
    @PostMapping("/findings/{id}/progress")
    FindingView progress(@PathVariable long id, @RequestBody Rectification.ProgressRequest request, CurrentUser user) {
        return rectification.progress(id, request, user);
    }

    @Guard(resource = Resource.INSPECTION, action = Action.ACT)
    @PostMapping(path = "/findings/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Created> evidence(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                                     CurrentUser user) throws IOException {
        long evidence = rectification.evidence(id, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes(), user);
        return ResponseEntity.created(URI.create("/api/v1/inspections/findings/" + id + "/evidence/" + evidence))
                .body(new Created(evidence));
    }

    @Guard(resource = Resource.INSPECTION, action = Action.READ)
    @GetMapping("/findings/{id}/evidence/{evidence}")
    ResponseEntity<byte[]> evidenceFile(@PathVariable long id, @PathVariable long evidence, CurrentUser user) {
        var file = rectification.evidenceFile(id, evidence, user);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate()).header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, XlsxSheet.attachment(file.fileName()))
                .body(file.content());
    }

    @Guard(resource = Resource.INSPECTION, action = Action.ACT)
    @PostMapping("/findings/{id}/submit")
    FindingView submit(@PathVariable long id, CurrentUser user) {
        return rectification.submit(id, user);
    }

    @Guard(resource = Resource.INSPECTION, action = Action.MANAGE)
    @PostMapping("/findings/{id}/accept")
    FindingView accept(@PathVariable long id, CurrentUser user) {
        return rectification.accept(id, user);
    }

    @Guard(resource = Resource.INSPECTION, action = Action.MANAGE)
    @PostMapping("/findings/{id}/return")
    FindingView giveBack(@PathVariable long id, @RequestBody(required = false) Reason reason, CurrentUser user) {
        return rectification.giveBack(id, reason == null ? null : reason.reason(), user);
    }

    @Guard(resource = Resource.INSPECTION, action = Action.MANAGE)
    @PostMapping("/findings/{id}/cancel")
    FindingView cancel(@PathVariable long id, CurrentUser user) {
        return rectification.cancel(id, user);
    }

    @Guard(resource = Resource.INSPECTION, action = Action.MANAGE)
    @PostMapping("/{id}/letters")
    ResponseEntity<Created> letter(@PathVariable long id, @RequestBody Letters.LetterRequest request, CurrentUser user) {
        long letter = letters.send(id, request, user);
        return ResponseEntity.created(URI.create("/api/v1/inspections/letters/" + letter)).body(new Created(letter));
    }

    @Guard(resource = Resource.INSPECTION, action = Action.READ)
    @GetMapping("/letters")
    Page<Letters.LetterView> letters(@RequestParam(required = false) Long inspection,
                                     @RequestParam(required = false) String after,
                                     @RequestParam(required = false) Integer limit, CurrentUser user) {
        return letters.letters(user, inspection, after, Page.limit(limit));
    }

    @Guard(resource = Resource.INSPECTION, action = Action.READ)
    @GetMapping("/letters/{id}")
    Letters.LetterView letter(@PathVariable long id, CurrentUser user) {
        return letters.letter(id, user);
    }

    @Guard(resource = Resource.INSPECTION, action = Action.ACT)
    @PostMapping("/letters/{id}/answer")
    Letters.LetterView answer(@PathVariable long id, @RequestBody Letters.AnswerRequest request, CurrentUser user) {
        return letters.answer(id, request, user);
    }

    @Guard(resource = Resource.INSPECTION, action = Action.READ)
    @GetMapping("/ledger")
    FindingLedger.Ledger ledger(CurrentUser user) {
        return ledger.ledger(user, Action.READ);
    }
}
