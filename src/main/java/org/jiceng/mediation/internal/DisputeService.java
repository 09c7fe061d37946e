package org.jiceng.mediation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jiceng.Cursor;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.ForbiddenException;
import org.jiceng.Input;
import org.jiceng.NotFoundException;
import org.jiceng.Page;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.cases.CaseView;
import org.jiceng.mediation.DisputeChanged;
import org.jiceng.mediation.DisputeDetail;
import org.jiceng.mediation.DisputeState;
import org.jiceng.mediation.DisputeType;
import org.jiceng.mediation.DisputeView;
import org.jiceng.mediation.DisputesApi;
import org.jiceng.mediation.MediationLevel;
import org.jiceng.mediation.RiskLevel;
import org.jiceng.territory.TerritoryApi;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering disputes, reading them within the reader's scope, the list and the figures of 不上交. */
@Service
public class DisputeService implements DisputesApi {

    private final DisputeRepository disputes;
    private final DetailRepository details;
    private final PartyInput input;
    private final CaseLink caseLink;
    private final TerritoryApi territory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisputeService(DisputeRepository disputes, DetailRepository details, PartyInput input, CaseLink caseLink,
                   TerritoryApi territory, ApplicationEventPublisher events, Clock clock) {
        this.clock = clock;
        this.events = events;
        this.disputes = disputes;
        this.details = details;
        this.input = input;
        this.caseLink = caseLink;
        this.territory = territory;
    }

    @Override
    @Transactional
    public DisputeView register(CurrentUser user, org.jiceng.mediation.DisputeFiling filing) {
        DisputeDetail registered = create(user, new Requests.NewDispute(filing.title(), filing.summary(), filing.type().name(),
                filing.risk().name(), null, filing.territoryCode(), null, List.of(
                        new Requests.NewParty(filing.applicant(), "APPLICANT", false, null, null, null, null),
                        new Requests.NewParty(filing.respondent(), "RESPONDENT", false, null, null, null, null)), List.of()));
        return find(user, registered.dispute().id()).orElseThrow();
    }

    /** Registers a dispute with its first parties and mediators; from a case, takes the case into handling. */
    @Transactional
    public DisputeDetail create(CurrentUser user, Requests.NewDispute r) {
        MediationAccess.checkMayRegister(user);
        DisputeType type = Input.oneOf(DisputeType.class, r.type(), "type", "纠纷类型", DisputeType::label, null);
        RiskLevel risk = Input.oneOf(RiskLevel.class, r.risk(), "risk", "风险等级", RiskLevel::label, null);
        CaseView fromCase = r.caseId() == null ? null : caseLink.takeable(user, r.caseId());
        if (fromCase != null) {
            disputes.numberForCase(fromCase.id()).ifPresent(number -> {
                throw new ConflictException("诉求 " + fromCase.number() + " 已转为矛盾纠纷 " + number);
            });
        }
        String place = fromCase != null ? fromCase.territoryCode() : place(r.territoryCode());
        CurrentUser.Grant grant = MediationAccess.registrarsAt(user, place)
                .max(java.util.Comparator.comparingInt(g -> g.role().ordinal()))
                .orElseThrow(() -> new ForbiddenException("区域 " + place + " 不在您的辖区内"));
        MediationLevel level = r.level() == null || r.level().isBlank() ? DisputeRules.startsAt(grant.role(), place)
                : Input.oneOf(MediationLevel.class, r.level(), "level", "调解层级", MediationLevel::label, null);
        DisputeRules.registrationRefusal(grant.role(), level, place).ifPresent(reason -> {
            throw new BadInputException(reason);
        });
        String title = Input.text(r.title() == null && fromCase != null ? fromCase.categoryName() + "纠纷" : r.title(),
                "title", "纠纷名称", 2, 60);
        String summary = Input.text(r.summary() == null && fromCase != null ? fromCase.description() : r.summary(),
                "summary", "纠纷概况", 5, 2000);
        List<PartyInput.Party> parties = r.parties().stream().map(input::party).toList();
        List<PartyInput.Mediator> mediators = r.mediators().stream().map(input::mediator).toList();

        Instant now = clock.instant();
        int year = LocalDate.now(clock).getYear();
        String county = place.substring(0, 6);
        String number = "%s-%d-%05d".formatted(county, year, disputes.nextNumber(county, year));
        long id = disputes.insert(new DisputeRepository.NewDispute(number, title, summary, type, risk, level, place,
                fromCase == null ? null : fromCase.id(), user.username(), now));
        parties.forEach(p -> details.addParty(id, p.name(), p.role(), p.organisation(), p.contact(), p.residentUserId()));
        mediators.forEach(m -> details.addMediator(id, m.name(), m.kind(), m.organisation()));
        disputes.appendEvent(id, now, user.username(), DisputeRules.Step.REGISTER.path(), null, DisputeState.REGISTERED,
                null, level, fromCase == null ? null : "由诉求 " + fromCase.number() + " 转入");
        if (fromCase != null) {
            caseLink.take(user, fromCase);
        }
        events.publishEvent(new DisputeChanged(id));
        return detail(user, id);
    }

    public DisputeDetail detail(CurrentUser user, long id) {
        return assemble(existing(user, id));
    }

    DisputeView existing(CurrentUser user, long id) {
        return disputes.find(id, MediationAccess.readers(user))
                .orElseThrow(() -> new NotFoundException("矛盾纠纷 " + id + " 不存在或不在您的辖区内"));
    }

    DisputeDetail assemble(DisputeView view) {
        long id = view.id();
        List<DisputeDetail.Party> parties = details.parties(id).stream()
                .map(p -> new DisputeDetail.Party(p.id(), p.name(), p.role(), p.organisation(),
                        p.contact(), p.residentUserId()))
                .toList();
        return new DisputeDetail(view, parties, details.mediators(id), details.sessions(id),
                details.agreement(id).orElse(null), details.followUps(id), details.steps(id));
    }

    public Page<DisputeView> list(CurrentUser user, String state, String type, String risk, String level,
                                  String after, Integer limit) {
        MediationAccess.Readers readers = MediationAccess.readers(user);
        if (!readers.anyone()) {
            throw AccessPolicy.refusal(Resource.DISPUTE, Action.READ);
        }
        var filter = new DisputeRepository.Filter(
                Input.optionalOneOf(DisputeState.class, state, "state", "状态", DisputeState::label),
                Input.optionalOneOf(DisputeType.class, type, "type", "纠纷类型", DisputeType::label),
                Input.optionalOneOf(RiskLevel.class, risk, "risk", "风险等级", RiskLevel::label),
                Input.optionalOneOf(MediationLevel.class, level, "level", "调解层级", MediationLevel::label));
        long before = Cursor.idBelow(after);
        int n = Page.limit(limit);
        return Page.byId(disputes.list(readers, filter, before, n + 1), n, DisputeView::id);
    }

    /** The figures of a territory in the user's scope (default: their own). */
    public SettlementFigures.Figures figures(CurrentUser user, String territoryCode) {
        Scope own = MediationAccess.figures(user);
        if (own.isEmpty()) {
            throw new ForbiddenException("调解统计按辖区查看，只向村(社区)两委、乡镇(街道)、县级工作人员和纪检巡察人员开放");
        }
        String code = territoryCode == null || territoryCode.isBlank() ? user.homeTerritory() : territoryCode.strip();
        if (!code.matches("[0-9]{2,15}")) {
            throw new BadInputException("territory 须为行政区划或网格编码（2 到 15 位数字）");
        }
        Scope scope = own.narrowedTo(code);
        if (scope.isEmpty()) {
            throw new ForbiddenException("区域 " + code + " 不在您的辖区内");
        }
        return SettlementFigures.of(disputes.counts(scope));
    }

    @Override
    public Optional<DisputeView> find(CurrentUser user, long id) {
        return disputes.find(id, MediationAccess.readers(user));
    }

    @Override
    public Optional<DisputeView> forCase(CurrentUser user, long caseId) {
        return disputes.findByCase(caseId, MediationAccess.readers(user));
    }

    private String place(String code) {
        if (code == null || code.isBlank()) {
            throw new BadInputException("请指定纠纷所在的村(社区)或网格（territoryCode）");
        }
        String stripped = code.strip();
        boolean known = stripped.matches("[0-9]{15}") ? territory.grid(stripped, Scope.everything()).isPresent()
                : stripped.matches("[0-9]{12}") && territory.division(stripped).isPresent();
        if (!known) {
            throw new BadInputException("“" + stripped + "”不是本系统中的村(社区)或网格编码");
        }
        return stripped;
    }
}
