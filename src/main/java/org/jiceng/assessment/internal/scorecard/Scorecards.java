package org.jiceng.assessment.internal.scorecard;

import static org.jiceng.Action.READ;
import static org.jiceng.Resource.SCORECARD;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiceng.AccessPolicy;
import org.jiceng.AccessPolicy.Target;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.NotFoundException;
import org.jiceng.assessment.internal.indicator.IndicatorView;
import org.jiceng.assessment.internal.indicator.Indicators;
import org.jiceng.assessment.internal.indicator.Levels;
import org.springframework.stereotype.Service;

/**
 * Scorecards as a person may read them: the subject's territory must lie in their SCORECARD READ territory (a
 * village's staff read their own only), else 404. A closed quarter answers its frozen card; anything else is
 * computed from the sources now.
 */
@Service
public class Scorecards {

    /** A figure with the records behind it: what a scorecard's figure opens to. */
    public record Drill(ScorecardView card, ScorecardView.Line line, List<Measure.Record> records) {
    }

    private final Subjects subjects;
    private final Indicators indicators;
    private final Measures measures;
    private final FrozenCards frozen;
    private final Clock clock;

    Scorecards(Subjects subjects, Indicators indicators, Measures measures, FrozenCards frozen, Clock clock) {
        this.subjects = subjects;
        this.indicators = indicators;
        this.measures = measures;
        this.frozen = frozen;
        this.clock = clock;
    }

    public ScorecardView card(CurrentUser user, String subject, String periodText) {
        Subjects.Subject s = readable(user, subject);
        return card(s, period(periodText));
    }

    public Drill drill(CurrentUser user, String subject, long indicatorId, String periodText) {
        Subjects.Subject s = readable(user, subject);
        Period period = period(periodText);
        ScorecardView card = card(s, period);
        ScorecardView.Line line = card.lines().stream().filter(l -> l.indicatorId() == indicatorId).findFirst()
                .orElseThrow(() -> new NotFoundException("该记分卡中没有这项指标"));
        IndicatorView indicator = indicators.find(s.territory().substring(0, 6), indicatorId)
                .orElseThrow(() -> new NotFoundException("该记分卡中没有这项指标"));
        return new Drill(card, line, measures.measure(indicator, s, period).records());
    }

    /** The card for the system: frozen when its quarter is closed, else computed. */
    public ScorecardView card(Subjects.Subject subject, Period period) {
        if (period.kind() == Period.Kind.QUARTER) {
            Optional<ScorecardView> kept = frozen.card(subject.territory().substring(0, 6), period.toString(),
                    subject.code());
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        return compute(subject, period);
    }

    public ScorecardView compute(Subjects.Subject subject, Period period) {
        String level = Levels.ofSubject(subject.code());
        List<ScorecardView.Line> lines = new ArrayList<>();
        List<ScoreRule.Part> parts = new ArrayList<>();
        for (IndicatorView indicator : indicators.active(subject.territory().substring(0, 6), level)) {
            Measure m = measures.measure(indicator, subject, period);
            Ratio score = m.value() == null ? null
                    : ScoreRule.score(m.value(), Ratio.of(indicator.target()), indicator.higherIsBetter(), indicator.weight());
            parts.add(new ScoreRule.Part(score, indicator.weight()));
            lines.add(new ScorecardView.Line(indicator.id(), indicator.name(), indicator.source().name(),
                    indicator.sourceLabel(), indicator.formula(), indicator.unit(), indicator.direction(),
                    indicator.target(), indicator.weight(), m.value() == null ? null : m.value().rounded(2),
                    m.value() == null ? null : m.value().exact(), score == null ? null : score.rounded(2),
                    score == null ? null : score.exact(), m.workings(),
                    indicator.higherIsBetter() ? ScoreRule.HIGHER_TEXT : ScoreRule.LOWER_TEXT,
                    "/assessment/scores/scorecards/" + subject.code() + "/indicators/" + indicator.id() + "?period=" + period));
        }
        Ratio total = ScoreRule.total(parts);
        return new ScorecardView(subject.code(), subject.name(), level, subject.territory(), period.toString(),
                period.label(), false, OffsetDateTime.now(clock).withOffsetSameInstant(Beijing.OFFSET)
                .truncatedTo(ChronoUnit.SECONDS).toString(), lines, total == null ? null : total.rounded(2),
                total == null ? null : total.exact(), List.of(ScoreRule.HIGHER_TEXT, ScoreRule.LOWER_TEXT,
                ScoreRule.TOTAL_TEXT, ScoreRule.ROUNDING_TEXT));
    }

    private Subjects.Subject readable(CurrentUser user, String subject) {
        if (!Levels.validSubject(subject)) {
            throw new BadInputException("subject", "考核对象须为 9 位乡镇、12 位村(社区)代码或 P 加党组织编号");
        }
        return subjects.find(subject).filter(s -> AccessPolicy.allows(user, SCORECARD, READ, Target.at(s.territory())))
                .orElseThrow(() -> new NotFoundException("没有找到该考核对象的记分卡"));
    }

    /** The period asked for, or the quarter now running in Beijing. */
    public Period period(String text) {
        return text == null || text.isBlank() ? Period.quarterOf(Beijing.today(clock)) : Period.parse(text, "period");
    }

    /** The exact total of the lines whose indicator is in {@code ids}, from a card's exact scores. */
    public static Ratio total(ScorecardView card, java.util.Set<Long> ids) {
        List<ScoreRule.Part> parts = new ArrayList<>();
        card.lines().stream().filter(l -> ids == null || ids.contains(l.indicatorId()))
                .forEach(l -> parts.add(new ScoreRule.Part(l.scoreExact() == null ? null : Ratio.parse(l.scoreExact()),
                        l.weight())));
        return ScoreRule.total(parts);
    }
}
