package org.jiceng.party.internal.neighbourhood;

import static org.jiceng.Resource.NEIGHBOURHOOD_DUTY;

import java.time.Clock;
import java.util.List;
import org.jiceng.Action;
import org.jiceng.ConflictException;
import org.jiceng.CurrentUser;
import org.jiceng.Input;
import org.jiceng.Scope;
import org.jiceng.cases.CaseIntake;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CasesApi;
import org.jiceng.party.PostView;
import org.jiceng.party.internal.neighbourhood.NeighbourhoodViews.Report;
import org.jiceng.territory.GridView;
import org.jiceng.territory.TerritoryApi;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A 邻长's (or any 三长's or 楼长's) report enters the case loop as theirs: the case is filed as the person who
 * reports, opened from the post ({@code post:ID}), and the post keeps the report with the case's number. Without a
 * point or an address, the case lies at the post's grid (its centre) or is described by the post's area. The case
 * loop is asked for lazily, so the party module still starts alone in its module test.
 */
@Service
public class NeighbourhoodReports {

    private final NeighbourhoodDuties duties;
    private final NeighbourhoodRepository rows;
    private final ObjectProvider<CasesApi> cases;
    private final TerritoryApi territory;
    private final Clock clock;

    NeighbourhoodReports(NeighbourhoodDuties duties, NeighbourhoodRepository rows, ObjectProvider<CasesApi> cases,
                         TerritoryApi territory, Clock clock) {
        this.duties = duties;
        this.rows = rows;
        this.cases = cases;
        this.territory = territory;
        this.clock = clock;
    }

    public record Request(String categoryCode, String description, Double lat, Double lon, String address,
                          List<String> photoIds) {
    }

    @Transactional
    public Report report(long postId, Request r, CurrentUser user) {
        PostView post = duties.post(postId, user, NEIGHBOURHOOD_DUTY, Action.CREATE);
        String description = Input.text(r.description(), "description", "反映的情况", 1, 2000);
        Double lat = r.lat();
        Double lon = r.lon();
        String address = r.address();
        if (lat == null && lon == null && (address == null || address.isBlank())) {
            GridView grid = post.territoryCode().length() == 15
                    ? territory.grid(post.territoryCode(), Scope.everything()).orElse(null) : null;
            if (grid != null && grid.centroid() != null) {
                lat = grid.centroid().lat();
                lon = grid.centroid().lon();
            }
            address = post.area() != null ? post.area() : post.kind().label() + post.holderName() + "联系的片区";
        }
        CasesApi loop = cases.getIfAvailable();
        if (loop == null) {
            throw new ConflictException("诉求模块尚未启用，暂不能上报");
        }
        CaseView filed = loop.file(user, new CaseIntake(r.categoryCode(), description, lat, lon, address, null,
                r.photoIds()).from("post:" + postId));
        long id = rows.addReport(post, filed.id(), filed.number(), summary(description), user.id(), clock.instant());
        return new Report(id, filed.id(), filed.number(), summary(description),
                clock.instant().atOffset(org.jiceng.Beijing.OFFSET));
    }

    private static String summary(String description) {
        return description.codePointCount(0, description.length()) <= 60 ? description
                : description.substring(0, description.offsetByCodePoints(0, 60)) + "…";
    }
}
