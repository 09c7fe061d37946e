package org.jiceng.assessment.web;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.Cursor;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.XlsxSheet;
import org.jiceng.assessment.internal.indicator.EnteredValues;
import org.jiceng.assessment.internal.indicator.IndicatorRequest;
import org.jiceng.assessment.internal.indicator.IndicatorView;
import org.jiceng.assessment.internal.indicator.Indicators;
import org.jiceng.assessment.internal.indicator.Source;
import org.jiceng.assessment.internal.indicator.ValueView;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Indicators under {@code /api/v1/assessment}: the computed sources with their formulas, the county's indicators,
 * and entered values with their evidence and review.
 */
@RestController
@RequestMapping("/api/v1/assessment")
class IndicatorApiController {

    record SourceView(String code, String label, String unit, String formula) {
    }

    private final Indicators indicators;
    private final EnteredValues values;

    IndicatorApiController(Indicators indicators, EnteredValues values) {
        this.indicators = indicators;
        this.values = values;
    }

    @Guard(resource = Resource.INDICATOR, action = Action.READ)
    @GetMapping("/sources")
    Map<String, List<SourceView>> sources() {
        return Map.of("items", Arrays.stream(Source.values())
                .map(s -> new SourceView(s.name(), s.label(), s.unit(), s.formula())).toList());
    }

    /** The indicators of the caller's county; {@code level} TOWN, VILLAGE or PARTY_ORG narrows them. */
    @Guard(resource = Resource.INDICATOR, action = Action.READ)
    @GetMapping("/indicators")
    Page<IndicatorView> list(@RequestParam(required = false) String level, CurrentUser user) {
        if (level != null && !level.isBlank() && !List.of("TOWN", "VILLAGE", "PARTY_ORG").contains(level)) {
            throw new BadInputException("level", "level 须为 TOWN（乡镇）、VILLAGE（村社区）或 PARTY_ORG（党组织）");
        }
        return new Page<>(indicators.list(user, level == null || level.isBlank() ? null : level, false), null);
    }

    @Guard(resource = Resource.INDICATOR, action = Action.MANAGE)
    @PostMapping("/indicators")
    ResponseEntity<IndicatorView> create(@RequestBody IndicatorRequest request, CurrentUser user) {
        IndicatorView created = indicators.create(user, request);
        return ResponseEntity.created(URI.create("/api/v1/assessment/indicators/" + created.id())).body(created);
    }

    @Guard(resource = Resource.INDICATOR, action = Action.READ)
    @GetMapping("/indicators/{id}")
    IndicatorView get(@PathVariable long id, CurrentUser user) {
        return indicators.get(user, id);
    }

    @Guard(resource = Resource.INDICATOR, action = Action.MANAGE)
    @PutMapping("/indicators/{id}")
    IndicatorView update(@PathVariable long id, @RequestBody IndicatorRequest request, CurrentUser user) {
        return indicators.update(user, id, request);
    }

    /** Entered values in the caller's territory, newest first; {@code after}: the cursor of the page before. */
    @Guard(resource = Resource.INDICATOR, action = Action.READ)
    @GetMapping("/values")
    Page<ValueView> values(@RequestParam(required = false) Long indicator, @RequestParam(required = false) String territory,
                           @RequestParam(required = false) String state, @RequestParam(required = false) String after,
                           @RequestParam(required = false) Integer limit, CurrentUser user) {
        int n = Page.limit(limit);
        long before = Cursor.idBelow(after);
        return Page.byId(values.list(user, indicator, territory, state, before, n + 1), n, ValueView::id);
    }

    @Guard(resource = Resource.INDICATOR, action = Action.CREATE)
    @PostMapping("/values")
    ResponseEntity<ValueView> enter(@RequestBody EnteredValues.Entry entry, CurrentUser user) {
        ValueView value = values.enter(user, entry);
        return ResponseEntity.created(URI.create("/api/v1/assessment/values/" + value.id())).body(value);
    }

    @Guard(resource = Resource.INDICATOR, action = Action.READ)
    @GetMapping("/values/{id}")
    ValueView value(@PathVariable long id, CurrentUser user) {
        return values.get(user, id);
    }

    /** {@code decision}: ACCEPT or RETURN (with a note); by the town or county, not the one who entered it. */
    @Guard(resource = Resource.INDICATOR, action = Action.ACT)
    @PostMapping("/values/{id}/review")
    ValueView review(@PathVariable long id, @RequestBody EnteredValues.Review review, CurrentUser user) {
        return values.review(user, id, review);
    }

    /** A photo (JPG, PNG) or PDF as evidence, in the multipart field {@code file}, while the value awaits review. */
    @Guard(resource = Resource.INDICATOR, action = Action.CREATE)
    @PostMapping(path = "/values/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ValueView evidence(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                       CurrentUser user) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new BadInputException("file", "请选择要上传的照片或文件（表单字段 file）");
        }
        return values.addEvidence(user, id, new EnteredValues.Upload(file.getOriginalFilename(), file.getContentType(),
                file.getBytes()));
    }

    @Guard(resource = Resource.INDICATOR, action = Action.READ)
    @GetMapping("/values/{id}/evidence/{file}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long file, CurrentUser user) {
        EnteredValues.Upload upload = values.file(user, id, file);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(upload.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate()).header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, XlsxSheet.attachment(upload.fileName()))
                .body(upload.bytes());
    }
}
