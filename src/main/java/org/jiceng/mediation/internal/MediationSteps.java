package org.jiceng.mediation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.mediation.DisputeChanged;
import org.jiceng.mediation.DisputeConcluded;
import org.jiceng.mediation.DisputeDetail;
import org.jiceng.mediation.DisputeState;
import org.jiceng.mediation.DisputeSteps;
import org.jiceng.mediation.MediatorKind;
import org.jiceng.Page;
import org.jiceng.mediation.DisputeView;
import org.jiceng.mediation.MediationLevel;
import org.jiceng.mediation.Referral;
import org.jiceng.mediation.SessionMode;
import org.jiceng.mediation.internal.DisputeRules.Step;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of mediating a dispute, each checked against {@link DisputeRules} (409 in the wrong state, 403 for
 * someone who may read but not run it), validated before anything is written, and written to the history.
 */
@Service
public class MediationSteps implements DisputeSteps {

    private final DisputeService service;
    private final DisputeRepository disputes;
    private final DetailRepository details;
    private final PartyInput input;
    private final CaseLink caseLink;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MediationSteps(DisputeService service, DisputeRepository disputes, DetailRepository details, PartyInput input,
                   CaseLink caseLink, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.disputes = disputes;
        this.details = details;
        this.input = input;
        this.caseLink = caseLink;
        this.events = events;
    }

    @Transactional
    public DisputeDetail addParty(CurrentUser user, long id, Requests.NewParty r) {
        DisputeView d = runnable(user, id, Step.ADD_PARTY, r == null ? null : r.version());
        PartyInput.Party p = input.party(r);
        details.addParty(id, p.name(), p.role(), p.organisation(), p.contact(), p.residentUserId());
        return record(user, d, Step.ADD_PARTY, d.state(), d.level(), p.role().label() + "：" + p.name());
    }

    @Transactional
    public DisputeDetail addMediator(CurrentUser user, long id, Requests.NewMediator r) {
        DisputeView d = runnable(user, id, Step.ADD_MEDIATOR, r == null ? null : r.version());
        PartyInput.Mediator m = input.mediator(r);
        details.addMediator(id, m.name(), m.kind(), m.organisation());
        return record(user, d, Step.ADD_MEDIATOR, d.state(), d.level(), m.kind().label() + "：" + m.name());
    }

    @Transactional
    public DisputeDetail recordSession(CurrentUser user, long id, Requests.NewSession r) {
        DisputeView d = runnable(user, id, Step.RECORD_SESSION, r.version());
        Instant now = clock.instant();
        OffsetDateTime heldAt = Input.time(r.heldAt(), "heldAt", "调解时间");
        if (heldAt != null && heldAt.toInstant().isAfter(now.plusSeconds(300))) {
            throw new BadInputException("调解时间不能晚于现在：请在调解之后记录");
        }
        SessionMode mode = Input.oneOf(SessionMode.class, r.mode(), "mode", "调解方式", SessionMode::label, null);
        String place = Input.optionalText(r.place(), "place", "调解地点", 200);
        String notes = Input.text(r.notes(), "notes", "调解记录", 5, 4000);
        details.addSession(id, heldAt == null ? now : heldAt.toInstant(), mode, place, notes, user.username());
        return record(user, d, Step.RECORD_SESSION, DisputeRules.after(Step.RECORD_SESSION, d.state(), false), d.level(),
                mode.label());
    }

    @Transactional
    public DisputeDetail escalate(CurrentUser user, long id, Requests.Escalation r) {
        DisputeView d = runnable(user, id, Step.ESCALATE, r.version());
        MediationLevel up = d.level().up().orElseThrow(() ->
                new ConflictException("该纠纷已在" + MediationLevel.COUNTY.label() + "，没有更上一级可以上交"));
        String reason = Input.text(r.reason(), "reason", "上交理由", 2, 500);
        return record(user, d, Step.ESCALATE, d.state(), up, d.level().label() + " → " + up.label() + "：" + reason);
    }

    @Transactional
    public DisputeDetail agree(CurrentUser user, long id, Requests.NewAgreement r) {
        DisputeView d = runnable(user, id, Step.AGREE, r.version());
        DisputeDetail current = service.assemble(d);
        if (current.applicants().isEmpty() || current.respondents().isEmpty()) {
            throw new BadInputException("调解协议须有申请人和被申请人：请先添加双方当事人");
        }
        if (current.mediators().isEmpty()) {
            throw new BadInputException("调解协议须有调解员签名：请先添加调解员");
        }
        String facts = Input.text(r.facts() == null || r.facts().isBlank() ? d.summary() : r.facts(), "facts",
                "纠纷事实与争议事项", 5, 4000);
        String terms = Input.text(r.terms(), "terms", "协议内容", 5, 4000);
        String performance = Input.optionalText(r.performance(), "performance", "履行方式和期限", 1000);
        Instant now = clock.instant();
        details.addAgreement(id, facts, terms, performance, now, user.username());
        DisputeDetail result = conclude(user, d, Step.AGREE, DisputeState.AGREED, null, null, now,
                "调解成功：" + abbreviated(terms));
        return result;
    }

    @Transactional
    public DisputeDetail refer(CurrentUser user, long id, Requests.NewReferral r) {
        DisputeView d = runnable(user, id, Step.REFER, r.version());
        Referral referral = Input.oneOf(Referral.class, r.referral(), "referral", "引导去向", Referral::label, null);
        String reason = Input.text(r.reason(), "reason", "调解不成的原因", 2, 1000);
        return conclude(user, d, Step.REFER, DisputeState.REFERRED, referral, reason, clock.instant(),
                "调解不成，已引导" + referral.label() + "：" + abbreviated(reason));
    }

    @Transactional
    public DisputeDetail followUp(CurrentUser user, long id, Requests.NewFollowUp r) {
        DisputeView d = runnable(user, id, Step.FOLLOW_UP, r.version());
        Instant now = clock.instant();
        OffsetDateTime at = Input.time(r.visitedAt(), "visitedAt", "回访时间");
        if (at != null && at.toInstant().isAfter(now.plusSeconds(300))) {
            throw new BadInputException("回访时间不能晚于现在");
        }
        if (r.fulfilled() == null) {
            throw new BadInputException("请说明协议是否已履行（fulfilled：true/false）");
        }
        String notes = Input.text(r.notes(), "notes", "回访情况", 2, 2000);
        details.addFollowUp(id, at == null ? now : at.toInstant(), r.fulfilled(), notes, user.username());
        return record(user, d, Step.FOLLOW_UP, DisputeRules.after(Step.FOLLOW_UP, d.state(), r.fulfilled()), d.level(),
                (r.fulfilled() ? "协议已履行：" : "尚未履行完毕：") + notes);
    }

    private DisputeDetail conclude(CurrentUser user, DisputeView d, Step step, DisputeState to, Referral referral,
                                   String reason, Instant at, String caseNote) {
        move(user, d, step, to, d.level(), at, referral, reason, caseNote);
        if (d.caseId() != null && !caseLink.resolve(user, d.caseId(), caseNote)) {
            disputes.appendEvent(d.id(), at, user.username(), "case-untouched", to, to, d.level(), d.level(),
                    "关联诉求已不在办理中，未再办结");
        }
        events.publishEvent(new DisputeConcluded(d.id(), d.territoryCode(), d.type(), d.level(), to, d.caseId(), at));
        return service.assemble(service.existing(user, d.id()));
    }

    private DisputeDetail record(CurrentUser user, DisputeView d, Step step, DisputeState to, MediationLevel level,
                                 String note) {
        move(user, d, step, to, level, null, null, null, note);
        return service.assemble(service.existing(user, d.id()));
    }

    private void move(CurrentUser user, DisputeView d, Step step, DisputeState to, MediationLevel level,
                      Instant concludedAt, Referral referral, String referralNote, String note) {
        if (!disputes.move(d.id(), d.version(), to, level, concludedAt, referral, referralNote)) {
            throw new OptimisticLockingFailureException("矛盾纠纷 " + d.id() + " 已被他人修改");
        }
        disputes.appendEvent(d.id(), clock.instant(), user.username(), step.path(), d.state(), to, d.level(), level, note);
        events.publishEvent(new DisputeChanged(d.id()));
    }

    /** The dispute if {@code user} reads it (else 404), runs it (else 403), it is at {@code version} and the step fits. */
    @Override
    public Page<DisputeView> registered(CurrentUser user, String after, int limit) {
        return service.list(user, DisputeState.REGISTERED.name(), null, null, null, after, limit);
    }

    @Override
    @Transactional
    public DisputeView mediate(CurrentUser user, long id, String mediator, MediatorKind kind, String organisation,
                               SessionMode mode, String notes) {
        addMediator(user, id, new Requests.NewMediator(mediator, kind.name(), organisation, null));
        return recordSession(user, id, new Requests.NewSession(null, mode.name(), null, notes, null)).dispute();
    }

    @Override
    public DisputeView settle(CurrentUser user, long id, String terms, String performance) {
        return agree(user, id, new Requests.NewAgreement(null, terms, performance, null)).dispute();
    }

    @Override
    public DisputeView referOn(CurrentUser user, long id, Referral referral, String reason) {
        return refer(user, id, new Requests.NewReferral(referral.name(), reason, null)).dispute();
    }

    private DisputeView runnable(CurrentUser user, long id, Step step, Integer version) {
        DisputeView d = service.existing(user, id);
        MediationAccess.checkRuns(user, d);
        if (version != null && version != d.version()) {
            throw new ConflictException("该纠纷已被他人修改（当前版本 " + d.version() + "），请刷新后重试");
        }
        DisputeRules.refusal(step, d.state()).ifPresent(reason -> {
            throw new ConflictException(reason);
        });
        return d;
    }

    private static String abbreviated(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
