package org.jiceng.mediation.web;

import org.jiceng.Guard;
import org.jiceng.Resource;
import org.jiceng.Action;

import java.net.URI;
import java.util.List;
import org.jiceng.CurrentUser;
import org.jiceng.Page;
import org.jiceng.mediation.DisputeDetail;
import org.jiceng.mediation.DisputeView;
import org.jiceng.mediation.internal.AgreementDocuments;
import org.jiceng.mediation.internal.DisputeService;
import org.jiceng.mediation.internal.MediationSteps;
import org.jiceng.mediation.internal.Requests;
import org.jiceng.mediation.internal.SettlementFigures;
import org.springframework.http.ContentDisposition;
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

/**
 * Disputes under {@code /api/v1/disputes}. A dispute outside the caller's scope answers as one that does not
 * exist (404); a step by someone who may read but not run it, 403; a step in the wrong state, 409.
 */
@RestController
@RequestMapping("/api/v1/disputes")
class DisputeApiController {

    private final DisputeService disputes;
    private final MediationSteps steps;
    private final AgreementDocuments documents;

    DisputeApiController(DisputeService disputes, MediationSteps steps, AgreementDocuments documents) {
        this.disputes = disputes;
        this.steps = steps;
        this.documents = documents;
    }

    @Guard(resource = Resource.DISPUTE, action = Action.CREATE)
    @PostMapping
    ResponseEntity<DisputeDetail> create(@RequestBody Requests.NewDispute request, CurrentUser user) {
        DisputeDetail created = disputes.create(user, request);
        return ResponseEntity.created(URI.create("/api/v1/disputes/" + created.dispute().id())).body(created);
    }

    /** Newest first; filters {@code state}, {@code type}, {@code risk}, {@code level} by name. */
    @Guard(resource = Resource.DISPUTE, action = Action.READ)
    @GetMapping
    Page<DisputeView> list(@RequestParam(required = false) String state, @RequestParam(required = false) String type,
                           @RequestParam(required = false) String risk, @RequestParam(required = false) String level,
                           @RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                           CurrentUser user) {
        return disputes.list(user, state, type, risk, level, after, limit);
    }

    @Guard(resource = Resource.DISPUTE, action = Action.READ)
    @GetMapping("/{id}")
    DisputeDetail one(@PathVariable long id, CurrentUser user) {
        return disputes.detail(user, id);
    }

    @Guard(resource = Resource.DISPUTE, action = Action.READ)
    @GetMapping("/{id}/parties")
    Page<DisputeDetail.Party> parties(@PathVariable long id, CurrentUser user) {
        return new Page<>(disputes.detail(user, id).parties(), null);
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/{id}/parties")
    DisputeDetail addParty(@PathVariable long id, @RequestBody Requests.NewParty request, CurrentUser user) {
        return steps.addParty(user, id, request);
    }

    @Guard(resource = Resource.DISPUTE, action = Action.READ)
    @GetMapping("/{id}/mediators")
    Page<DisputeDetail.Mediator> mediators(@PathVariable long id, CurrentUser user) {
        return new Page<>(disputes.detail(user, id).mediators(), null);
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/{id}/mediators")
    DisputeDetail addMediator(@PathVariable long id, @RequestBody Requests.NewMediator request, CurrentUser user) {
        return steps.addMediator(user, id, request);
    }

    @Guard(resource = Resource.DISPUTE, action = Action.READ)
    @GetMapping("/{id}/sessions")
    Page<DisputeDetail.Session> sessions(@PathVariable long id, CurrentUser user) {
        return new Page<>(disputes.detail(user, id).sessions(), null);
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/{id}/sessions")
    DisputeDetail recordSession(@PathVariable long id, @RequestBody Requests.NewSession request, CurrentUser user) {
        return steps.recordSession(user, id, request);
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/{id}/escalate")
    DisputeDetail escalate(@PathVariable long id, @RequestBody(required = false) Requests.Escalation request,
                           CurrentUser user) {
        return steps.escalate(user, id, request == null ? new Requests.Escalation(null, null) : request);
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/{id}/agreement")
    DisputeDetail agree(@PathVariable long id, @RequestBody Requests.NewAgreement request, CurrentUser user) {
        return steps.agree(user, id, request);
    }

    /** Mediation failed: the parties are guided to a lawsuit, arbitration or a petition. */
    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/{id}/refer")
    DisputeDetail refer(@PathVariable long id, @RequestBody Requests.NewReferral request, CurrentUser user) {
        return steps.refer(user, id, request);
    }

    @Guard(resource = Resource.DISPUTE, action = Action.READ)
    @GetMapping("/{id}/follow-ups")
    Page<DisputeDetail.FollowUp> followUps(@PathVariable long id, CurrentUser user) {
        return new Page<>(disputes.detail(user, id).followUps(), null);
    }

    @Guard(resource = Resource.DISPUTE, action = Action.ACT)
    @PostMapping("/{id}/follow-ups")
    DisputeDetail followUp(@PathVariable long id, @RequestBody Requests.NewFollowUp request, CurrentUser user) {
        return steps.followUp(user, id, request);
    }

    @Guard(resource = Resource.DISPUTE, action = Action.READ)
    @GetMapping("/{id}/agreement.pdf")
    ResponseEntity<byte[]> agreementPdf(@PathVariable long id, CurrentUser user) {
        byte[] pdf = documents.pdf(user, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("调解协议书-" + id + ".pdf", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    record Ratio(long numerator, long denominator, String percent) {
        static Ratio of(SettlementFigures.Ratio r) {
            return new Ratio(r.numerator(), r.denominator(), r.percent());
        }
    }

    record LevelShare(String level, String label, long settled, long referred, Ratio share) {
    }

    /** Exact fractions; {@code percent} is rounded half up to one decimal for display, null when nothing ended. */
    record Stats(String territory, long open, long concluded, long settled, long referred, Ratio successRate,
                 Ratio notEscalatedRate, List<LevelShare> levels) {
    }

    @Guard(resource = Resource.STATS, action = Action.READ)
    @GetMapping("/stats")
    Stats stats(@RequestParam(required = false) String territory, CurrentUser user) {
        SettlementFigures.Figures f = disputes.figures(user, territory);
        String code = territory == null || territory.isBlank() ? user.homeTerritory() : territory.strip();
        return new Stats(code, f.open(), f.concluded(), f.settled(), f.referred(), Ratio.of(f.successRate()),
                Ratio.of(f.notEscalatedRate()), f.levels().stream().map(l -> new LevelShare(l.level().name(), l.label(),
                l.settled(), l.referred(), Ratio.of(l.share()))).toList());
    }
}
