package org.jiceng.assessment.internal.scorecard;

import static org.jiceng.Action.ACT;
import static org.jiceng.Action.READ;
import static org.jiceng.Resource.SCORECARD;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jiceng.AccessPolicy;
import org.jiceng.BadInputException;
import org.jiceng.Beijing;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a quarter (ACT on SCORECARD, the county): every town's and village's scorecard of the county is computed
 * once more and kept, and from then on the rankings of that quarter read the kept cards. Before that they are
 * recomputed on every reading. Only a quarter that is over may be closed.
 */
@Service
public class QuarterClose {

    public record Closing(String county, String quarter, long scorecards) {
    }

    private final FrozenCards frozen;
    private final Scorecards scorecards;
    private final Subjects subjects;
    private final Clock clock;

    QuarterClose(FrozenCards frozen, Scorecards scorecards, Subjects subjects, Clock clock) {
        this.frozen = frozen;
        this.scorecards = scorecards;
        this.subjects = subjects;
        this.clock = clock;
    }

    @Transactional
    public Closing close(CurrentUser user, String quarterText) {
        String county = AccessPolicy.scope(user, SCORECARD, ACT).prefixes().stream().filter(p -> p.length() == 6)
                .findFirst().orElseThrow(() -> AccessPolicy.refusal(SCORECARD, ACT));
        if (quarterText == null || !quarterText.strip().matches("[0-9]{4}-Q[1-4]")) {
            throw new BadInputException("quarter", "quarter 须为季度，例如 2026-Q3");
        }
        Period quarter = Period.parse(quarterText, "quarter");
        if (quarter.end().isAfter(Beijing.today(clock))) {
            throw new ConflictException(quarter.label() + "尚未结束，结束后才能关账");
        }
        return close(county, quarter, user.id());
    }

    /** For the county's desk and the demo: closes without a person's check (the caller has made it). */
    @Transactional
    public Closing close(String county, Period quarter, long by) {
        if (!frozen.close(county, quarter.toString(), by)) {
            throw new ConflictException(quarter.label() + "已关账，成绩已固定");
        }
        List<Subjects.Subject> all = new ArrayList<>(subjects.under(county, false));
        all.addAll(subjects.under(county, true));
        for (Subjects.Subject subject : all) {
            frozen.keep(county, quarter.toString(), scorecards.compute(subject, quarter).kept());
        }
        return new Closing(county, quarter.toString(), all.size());
    }

    public boolean closed(String county, String quarter) {
        return frozen.closed(county, quarter);
    }

    public List<String> closedQuarters(CurrentUser user) {
        return AccessPolicy.scope(user, SCORECARD, READ).prefixes().stream().filter(p -> p.length() >= 6)
                .map(p -> p.substring(0, 6)).distinct().flatMap(c -> frozen.closedQuarters(c).stream()).toList();
    }
}
