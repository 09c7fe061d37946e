package org.jiceng.cases.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.Redaction;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CategoryView;
import org.jiceng.cases.NearbyCase;
import org.jiceng.cases.CaseTextSimilarity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Duplicates offered while filing (as FixMyStreet does): open cases of the same category within the category's
 * radius (250 m by default) from the last N days (30 by default). A bounding box on the open-category index
 * narrows the rows; the exact distance (haversine) decides. With the text being typed and a
 * {@link CaseTextSimilarity} at hand, the text joins the place: a nearby open case of another category is offered
 * too when its text is very like this one ({@value #ALIKE} or more), and the most alike come first.
 */
@Service
public class DuplicateFinder {

    private static final double EARTH_RADIUS_M = 6_371_008.8;
    static final double ALIKE = 0.6;

    private final JdbcClient jdbc;
    private final CategoryService categories;
    private final int days;
    private final Clock clock;
    private final ObjectProvider<CaseTextSimilarity> similarity;

    DuplicateFinder(JdbcClient jdbc, CategoryService categories, @Value("${jiceng.cases.duplicate-days:30}") int days,
                   Clock clock, ObjectProvider<CaseTextSimilarity> similarity) {
        this.clock = clock;
        this.similarity = similarity;
        this.jdbc = jdbc;
        this.categories = categories;
        this.days = days;
    }

    /**
     * What this person is offered near the point: public cases (numbers in the summary taken out), and for staff
     * also the private cases of the territory where they may {@code action} cases (READ to see, ACT to merge).
     * Public cases are those of the person's own town: another town's case is not theirs to follow. The person's
     * own reports are offered too, so nobody reports the same thing twice.
     */
    public List<NearbyCase> nearby(org.jiceng.CurrentUser user, org.jiceng.Action action, String categoryCode,
                                   Double lat, Double lon) {
        return nearby(user, action, categoryCode, lat, lon, null);
    }

    /** The same, the text being filed joining the place when it is given. */
    public List<NearbyCase> nearby(org.jiceng.CurrentUser user, org.jiceng.Action action, String categoryCode,
                                   Double lat, Double lon, String text) {
        String home = user.homeTerritory();
        CaseTextSimilarity alike = text == null || text.isBlank() ? null : similarity.getIfAvailable();
        return nearby(categoryCode, lat, lon, user.id(), home.substring(0, Math.min(9, home.length())),
                CaseAccess.scope(user, org.jiceng.Resource.CASE, action), text, alike);
    }

    /** Whether the case lies within its category's duplicate radius of the point. */
    boolean withinRadius(org.jiceng.cases.CaseView view, double lat, double lon) {
        CategoryView category = categories.find(view.categoryCode()).orElse(null);
        return category != null && view.lat() != null && view.lon() != null
                && metres(lat, lon, view.lat(), view.lon()) <= category.duplicateRadiusMetres();
    }

    private List<NearbyCase> nearby(String categoryCode, Double lat, Double lon, long me, String town,
                                    org.jiceng.Scope privateScope, String text, CaseTextSimilarity alike) {
        CategoryView category = categories.find(categoryCode).filter(CategoryView::leaf)
                .orElseThrow(() -> new BadInputException("请指定具体的诉求分类 categoryCode"));
        if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
            throw new BadInputException("请给出位置 lat、lon（WGS-84，单位为度）");
        }
        int radius = category.duplicateRadiusMetres();
        double dLat = Math.toDegrees(radius / EARTH_RADIUS_M);
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(lat)));
        Instant since = clock.instant().minus(Duration.ofDays(days));
        return jdbc.sql("""
                        select c.id, c.number, c.description, c.state, c.lat, c.lon, c.received_at, c.public, c.territory_code,
                               c.category_code, k.name as category_name
                        from cases.case_file c join cases.category k on k.code = c.category_code
                        where (c.category_code = :category or :anyCategory) and c.state not in ('CLOSED', 'REJECTED')
                          and c.received_at >= :since and c.merged_into is null and ((c.public and left(c.territory_code, length(:town)) = :town) or c.reporter_id = :me or %s)
                          and c.lat between :latLo and :latHi and c.lon between :lonLo and :lonHi
                        order by c.received_at desc limit 200""".formatted(privateScope.where("c.territory_code", "c.county")))
                .params(privateScope.params()).param("town", town).param("me", me)
                .param("category", category.code()).param("anyCategory", alike != null).param("since", Timestamp.from(since))
                .param("latLo", lat - dLat).param("latHi", lat + dLat).param("lonLo", lon - dLon).param("lonHi", lon + dLon)
                .query((rs, n) -> {
                    double score = alike == null ? 0 : alike.similarity(text, rs.getString("description"));
                    boolean sameCategory = category.code().equals(rs.getString("category_code"));
                    return new Scored(new NearbyCase(rs.getLong("id"), rs.getString("number"), rs.getString("category_name"),
                            summary(rs.getBoolean("public") && !privateScope.covers(rs.getString("territory_code"))
                                    ? Redaction.redact(rs.getString("description")) : rs.getString("description")),
                            CaseState.valueOf(rs.getString("state")),
                            (int) Math.round(metres(lat, lon, rs.getDouble("lat"), rs.getDouble("lon"))),
                            CaseRepository.beijing(rs, "received_at")), score, sameCategory);
                })
                .list().stream().filter(c -> c.nearby().distanceMetres() <= radius && (c.sameCategory() || c.score() >= ALIKE))
                .sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparingInt(c -> c.nearby().distanceMetres()))
                .limit(10).map(Scored::nearby).toList();
    }

    private record Scored(NearbyCase nearby, double score, boolean sameCategory) {
    }

    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static String summary(String description) {
        return description.length() <= 40 ? description : description.substring(0, 40) + "…";
    }
}
