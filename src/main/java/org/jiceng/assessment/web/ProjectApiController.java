package org.jiceng.assessment.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Fen;
import org.jiceng.Guard;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.XlsxSheet;
import org.jiceng.assessment.internal.project.EvidenceView;
import org.jiceng.assessment.internal.project.MilestoneView;
import org.jiceng.assessment.internal.project.ProjectEvidence;
import org.jiceng.assessment.internal.project.ProjectView;
import org.jiceng.assessment.internal.project.LivelihoodProjects;
import org.jiceng.assessment.internal.project.Supervision;
import org.jiceng.assessment.internal.project.SupervisionView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Livelihood projects over HTTP: plans, milestones, progress, evidence, supervision and the residents' board. */
@RestController
@RequestMapping("/api/v1/livelihood-projects")
class ProjectApiController {

    private final LivelihoodProjects projects;
    private final ProjectEvidence evidence;
    private final Supervision supervision;
    private final ProjectBoard board;

    ProjectApiController(LivelihoodProjects projects, ProjectEvidence evidence, Supervision supervision, ProjectBoard board) {
        this.projects = projects;
        this.evidence = evidence;
        this.supervision = supervision;
        this.board = board;
    }

    record Project(long id, String territoryCode, String kind, String kindName, String title, String description,
                   long budgetFen, String budgetYuan, long spentFen, String spentYuan, Long unitId, String unitName,
                   int progress, String status, String statusName, boolean published, OffsetDateTime createdAt,
                   int version) {
        static Project of(ProjectView p) {
            return new Project(p.id(), p.territoryCode(), p.kind(), p.kindLabel(), p.title(), p.description(),
                    p.budgetFen(), Fen.yuan(p.budgetFen()), p.spentFen(), Fen.yuan(p.spentFen()), p.unitId(),
                    p.unitName(), p.progress(), p.status(), p.statusLabel(), p.published(), Beijing.shown(p.createdAt()),
                    p.version());
        }
    }

    record Evidence(long id, String fileName, String contentType, int sizeBytes, OffsetDateTime uploadedAt) {
        static Evidence of(EvidenceView e) {
            return new Evidence(e.id(), e.fileName(), e.contentType(), e.sizeBytes(), Beijing.shown(e.uploadedAt()));
        }
    }

    record Detail(Project project, List<MilestoneView> milestones, List<Evidence> evidence,
                  List<SupervisionView> supervision) {
        static Detail of(LivelihoodProjects.Detail d) {
            return new Detail(Project.of(d.project()), d.milestones(), d.evidence().stream().map(Evidence::of).toList(),
                    d.supervision());
        }
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.READ)
    @GetMapping
    Page<Project> list(@RequestParam(required = false) String territory,
                       @RequestParam(required = false) Boolean published, @RequestParam(required = false) String after,
                       @RequestParam(required = false) Integer limit, CurrentUser user) {
        var page = projects.list(user, place(territory), Boolean.TRUE.equals(published), after, Page.limit(limit));
        return new Page<>(page.items().stream().map(Project::of).toList(), page.next());
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.CREATE)
    @PostMapping
    ResponseEntity<RatingJson.Created> create(@RequestBody LivelihoodProjects.Request request, CurrentUser user) {
        long id = projects.create(request, user);
        return ResponseEntity.created(URI.create("/api/v1/livelihood-projects/" + id)).body(new RatingJson.Created(id));
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.READ)
    @GetMapping("/board")
    Page<ProjectBoard.BoardProject> board(@RequestParam(required = false) String territory, @RequestParam(required = false) String after,
                             @RequestParam(required = false) Integer limit, CurrentUser user) {
        var page = projects.list(user, place(territory), true, after, Page.limit(limit));
        return new Page<>(page.items().stream().map(board::of).toList(), page.next());
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.READ)
    @GetMapping("/supervision")
    Page<SupervisionView> supervision(@RequestParam(required = false) Boolean open,
                                      @RequestParam(required = false) String after,
                                      @RequestParam(required = false) Integer limit, CurrentUser user) {
        return supervision.list(user, !Boolean.FALSE.equals(open), after, Page.limit(limit));
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.READ)
    @GetMapping("/{id}")
    Detail find(@PathVariable long id, CurrentUser user) {
        return Detail.of(projects.detail(id, user));
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.UPDATE)
    @PatchMapping("/{id}")
    Detail change(@PathVariable long id, @RequestBody LivelihoodProjects.Change change, CurrentUser user) {
        return Detail.of(projects.change(id, change, user));
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.ACT)
    @PostMapping("/{id}/progress")
    Detail progress(@PathVariable long id, @RequestBody LivelihoodProjects.Progress progress, CurrentUser user) {
        return Detail.of(projects.progress(id, progress, user));
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.UPDATE)
    @PostMapping("/{id}/milestones")
    ResponseEntity<RatingJson.Created> milestone(@PathVariable long id, @RequestBody LivelihoodProjects.Milestone milestone,
                                                 CurrentUser user) {
        long made = projects.addMilestone(id, milestone, user);
        return ResponseEntity.created(URI.create("/api/v1/livelihood-projects/" + id)).body(new RatingJson.Created(made));
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.ACT)
    @PostMapping("/{id}/milestones/{milestoneId}/done")
    Detail done(@PathVariable long id, @PathVariable long milestoneId, @RequestBody LivelihoodProjects.Done done,
                CurrentUser user) {
        return Detail.of(projects.completeMilestone(id, milestoneId, done, user));
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.ACT)
    @PostMapping(value = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<RatingJson.Created> upload(@PathVariable long id, @RequestPart("file") MultipartFile file,
                                              CurrentUser user) {
        try {
            long made = evidence.upload(id, file.getOriginalFilename(), file.getContentType(), file.getBytes(), user);
            return ResponseEntity.created(URI.create("/api/v1/livelihood-projects/" + id + "/evidence/" + made))
                    .body(new RatingJson.Created(made));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Guard(resource = Resource.LIVELIHOOD_PROJECT, action = Action.READ)
    @GetMapping("/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId, CurrentUser user) {
        ProjectEvidence.File file = evidence.download(id, evidenceId, user);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.evidence().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, XlsxSheet.attachment(file.evidence().fileName()))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=3600").body(file.content());
    }

    static String place(String territory) {
        if (territory == null || territory.isBlank()) {
            return null;
        }
        if (!territory.strip().matches("[0-9]{2,15}")) {
            throw new org.jiceng.BadInputException("territory", "territory 须为区划代码（数字）");
        }
        return territory.strip();
    }
}
