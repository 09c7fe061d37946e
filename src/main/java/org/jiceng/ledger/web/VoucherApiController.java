package org.jiceng.ledger.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.ledger.internal.voucher.Cover;
import org.jiceng.ledger.internal.voucher.VoucherService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Vouchers (凭证): a bookkeeper uploads a receipt to an account ({@code file}, {@code accountId}; {@code publicAsIs}
 * when nothing on it needs covering), covers personal data on it, and cites it in a payment. The original is for the
 * keepers and oversight; {@code /public} is what the account's owners or residents see.
 */
@RestController
@RequestMapping("/api/v1/ledger/vouchers")
class VoucherApiController {

    private final VoucherService vouchers;

    VoucherApiController(VoucherService vouchers) {
        this.vouchers = vouchers;
    }

    /** The boxes to cover, as fractions of the image's width and height. */
    record CoverRequest(List<Cover.Box> boxes) {
    }

    @Guard(resource = Resource.VOUCHER, action = Action.CREATE)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<VoucherService.VoucherView> upload(@RequestParam(required = false) MultipartFile file,
                                                      @RequestParam(required = false) Long accountId,
                                                      @RequestParam(defaultValue = "false") boolean publicAsIs,
                                                      CurrentUser user) throws IOException {
        if (accountId == null) {
            throw new org.jiceng.BadInputException("accountId", "请选择凭证所属的账本");
        }
        var voucher = vouchers.upload(user, accountId, file == null ? null : file.getBytes(), publicAsIs);
        return ResponseEntity.created(URI.create("/api/v1/ledger/vouchers/" + voucher.id())).body(voucher);
    }

    @Guard(resource = Resource.VOUCHER, action = Action.READ)
    @GetMapping("/{id}")
    ResponseEntity<byte[]> original(@PathVariable long id, CurrentUser user) {
        return bytes(vouchers.original(user, id));
    }

    @Guard(resource = Resource.VOUCHER, action = Action.READ)
    @GetMapping("/{id}/info")
    VoucherService.VoucherView info(@PathVariable long id, CurrentUser user) {
        return vouchers.view(user, id);
    }

    @Guard(resource = Resource.LEDGER_STATEMENT, action = Action.READ)
    @GetMapping("/{id}/public")
    ResponseEntity<byte[]> published(@PathVariable long id, CurrentUser user) {
        return bytes(vouchers.published(user, id));
    }

    @Guard(resource = Resource.VOUCHER, action = Action.CREATE)
    @PutMapping(path = "/{id}/cover", consumes = MediaType.APPLICATION_JSON_VALUE)
    VoucherService.VoucherView cover(@PathVariable long id, @RequestBody CoverRequest request, CurrentUser user) {
        return vouchers.cover(user, id, request.boxes());
    }

    @Guard(resource = Resource.VOUCHER, action = Action.CREATE)
    @PostMapping(path = "/{id}/covered", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    VoucherService.VoucherView coveredCopy(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
                                           CurrentUser user) throws IOException {
        return vouchers.coveredCopy(user, id, file == null ? null : file.getBytes());
    }

    /** Served inline under its own type, never sniffed, never scripted (a PDF is sandboxed), never cached publicly. */
    static ResponseEntity<byte[]> bytes(VoucherService.Content content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate()).header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox").header("Content-Disposition", "inline")
                .header("X-Content-SHA256", content.sha256()).body(content.bytes());
    }

    @ExceptionHandler(VoucherService.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(VoucherService.TooLarge e, jakarta.servlet.http.HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
        problem.setTitle("内容过大");
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("field", e.field());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
