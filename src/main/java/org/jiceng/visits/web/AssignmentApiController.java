package org.jiceng.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.XlsxSheet;
import org.jiceng.visits.AssignmentView;
import org.jiceng.visits.internal.assignment.AssignmentRequests;
import org.jiceng.visits.internal.assignment.AssignmentService;
import org.jiceng.visits.internal.assignment.AssignmentTree;
import org.jiceng.visits.internal.assignment.AssignmentWorkbook;
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
 * 包保 assignments under {@code /api/v1/assignments}: the list, assigning and ending, the chain as a tree, the
 * gaps, one household's chain, "mine", and Excel in and out. Outside what a person may read answers 404.
 */
@RestController
@RequestMapping("/api/v1/assignments")
class AssignmentApiController {

    private final AssignmentService assignments;
    private final AssignmentTree tree;
    private final AssignmentWorkbook workbook;

    AssignmentApiController(AssignmentService assignments, AssignmentTree tree, AssignmentWorkbook workbook) {
        this.assignments = assignments;
        this.tree = tree;
        this.workbook = workbook;
    }

    /** Filters: {@code territory} (a code prefix), {@code level}, {@code holderKind} with {@code holderId}, {@code activeOn}. */
    @Guard(resource = Resource.ASSIGNMENT, action = Action.READ)
    @GetMapping
    Page<AssignmentView> list(@RequestParam(required = false) String territory, @RequestParam(required = false) String level,
                              @RequestParam(required = false) String holderKind, @RequestParam(required = false) Long holderId,
                              @RequestParam(required = false) String activeOn, @RequestParam(required = false) String after,
                              @RequestParam(required = false) Integer limit, CurrentUser user) {
        return assignments.list(user, territory, level, holderKind, holderId, activeOn, after, limit);
    }

    @Guard(resource = Resource.ASSIGNMENT, action = Action.CREATE)
    @PostMapping
    ResponseEntity<AssignmentService.Created> create(@RequestBody AssignmentRequests.NewAssignment request,
                                                     CurrentUser user) {
        if (request == null) {
            throw new BadInputException("请提供包保关系的内容");
        }
        AssignmentService.Created created = assignments.create(user, request);
        return ResponseEntity.created(URI.create("/api/v1/assignments/" + created.assignment().id())).body(created);
    }

    @Guard(resource = Resource.ASSIGNMENT, action = Action.READ)
    @GetMapping("/{id:[0-9]+}")
    AssignmentView one(@PathVariable long id, CurrentUser user) {
        return assignments.readable(user, id);
    }

    @Guard(resource = Resource.ASSIGNMENT, action = Action.UPDATE)
    @PostMapping("/{id:[0-9]+}/end")
    AssignmentView end(@PathVariable long id, @RequestBody(required = false) AssignmentRequests.Ending request,
                       CurrentUser user) {
        return assignments.end(user, id, request == null ? new AssignmentRequests.Ending(null, null, null) : request);
    }

    @Guard(resource = Resource.ASSIGNMENT, action = Action.READ)
    @GetMapping("/tree")
    AssignmentTree.Node tree(@RequestParam(required = false) String territory, CurrentUser user) {
        return tree.tree(user, territory);
    }

    @Guard(resource = Resource.ASSIGNMENT, action = Action.READ)
    @GetMapping("/gaps")
    AssignmentTree.Gaps gaps(@RequestParam(required = false) String territory, CurrentUser user) {
        return tree.gaps(user, territory);
    }

    @Guard(resource = Resource.ASSIGNMENT, action = Action.READ)
    @GetMapping("/household/{id:[0-9]+}")
    AssignmentService.Chain household(@PathVariable long id, CurrentUser user) {
        return assignments.chain(user, id);
    }

    @Guard(resource = Resource.ASSIGNMENT, action = Action.READ)
    @GetMapping("/mine")
    AssignmentService.Mine mine(CurrentUser user) {
        return assignments.mine(user);
    }

    @Guard(resource = Resource.ASSIGNMENT, action = Action.IMPORT)
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    AssignmentWorkbook.Imported importRows(@RequestParam("file") MultipartFile file, CurrentUser user) throws IOException {
        if (file.isEmpty()) {
            throw new BadInputException("file", "上传的文件是空的");
        }
        return workbook.importRows(user, file.getInputStream());
    }

    @Guard(resource = Resource.ASSIGNMENT, action = Action.EXPORT)
    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) String territory, CurrentUser user, HttpServletResponse response)
            throws IOException {
        try (XlsxSheet sheet = workbook.export(user, territory)) {
            response.setContentType(XlsxSheet.CONTENT_TYPE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, XlsxSheet.attachment("包保关系.xlsx"));
            sheet.writeTo(response.getOutputStream());
        }
    }
}
