package org.jiceng.dispatch.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.cases.CaseCatalogue;
import org.jiceng.territory.TerritoryApi;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The model in service as its readers see it: version, when trained, sizes and the accuracy report. */
@Service
public class ModelReport {

    /** {@code trained} false before the first training; {@code report} is the training's test (JSON). */
    public record ModelView(boolean trained, Integer version, OffsetDateTime trainedAt, Integer cases, Integer features,
                            Integer categories, Integer units, JsonNode report) {
    }

    private final ModelStore store;
    private final CaseCatalogue catalogue;
    private final TerritoryApi territory;
    private final JsonMapper json = JsonMapper.builder().build();

    ModelReport(ModelStore store, CaseCatalogue catalogue, TerritoryApi territory) {
        this.store = store;
        this.catalogue = catalogue;
        this.territory = territory;
    }

    /** A row of a table on the page: a label's name and its hits, shares already as text. */
    public record Row(String name, long tested, long top1, long top3, String top1Share, String top3Share) {
    }

    /** A mix-up as read on the page. */
    public record MixUpRow(String actual, String predicted, long times) {
    }

    /** What the page shows. */
    public record Page(ModelView model, Row overall, List<Row> categories, List<MixUpRow> confusions, Row unitOverall,
                       List<MixUpRow> unitConfusions, long dispatchTested, String firstRightBefore,
                       String firstRightAfter) {
    }

    public Page page(CurrentUser user) {
        ModelView model = view(user);
        if (!model.trained() || model.report() == null || model.report().get("testFrom").isNull()) {
            return new Page(model, null, List.of(), List.of(), null, List.of(), 0, null, null);
        }
        Map<String, String> categoryNames = new HashMap<>();
        catalogue.categories().forEach(c -> categoryNames.put(c.code(), c.name()));
        Map<String, String> unitNames = new HashMap<>();
        territory.units(user.homeTerritory().substring(0, Math.min(6, user.homeTerritory().length())),
                Scope.everything()).forEach(u -> unitNames.put(Long.toString(u.id()), u.name()));
        JsonNode r = model.report();
        JsonNode categories = r.get("categoryAccuracy");
        JsonNode units = r.get("unitAccuracy");
        List<Row> perCategory = new ArrayList<>();
        categories.get("perLabel").forEach(h -> perCategory.add(row(h, categoryNames)));
        long tested = r.get("dispatchTested").asLong();
        return new Page(model, row(categories.get("overall"), categoryNames), perCategory,
                mixUps(categories.get("confusions"), categoryNames), row(units.get("overall"), unitNames),
                mixUps(units.get("confusions"), unitNames), tested,
                share(r.get("firstRightBefore").asLong(), tested), share(r.get("firstRightAfter").asLong(), tested));
    }

    private static Row row(JsonNode hits, Map<String, String> names) {
        String label = hits.get("label").asString();
        long tested = hits.get("tested").asLong();
        long top1 = hits.get("top1").asLong();
        long top3 = hits.get("top3").asLong();
        return new Row(names.getOrDefault(label, label), tested, top1, top3, share(top1, tested), share(top3, tested));
    }

    private static List<MixUpRow> mixUps(JsonNode list, Map<String, String> names) {
        List<MixUpRow> rows = new ArrayList<>();
        list.forEach(m -> rows.add(new MixUpRow(names.getOrDefault(m.get("actual").asString(), m.get("actual").asString()),
                names.getOrDefault(m.get("predicted").asString(), m.get("predicted").asString()), m.get("times").asLong())));
        return rows;
    }

    /** A share for reading, to one decimal of a percent (half up); the report keeps the whole counts. */
    static String share(long part, long whole) {
        if (whole == 0) {
            return "—";
        }
        return java.math.BigDecimal.valueOf(part * 100L).divide(java.math.BigDecimal.valueOf(whole), 1,
                java.math.RoundingMode.HALF_UP) + "%";
    }

    public ModelView view(CurrentUser user) {
        AccessPolicy.check(user, Resource.DISPATCH_MODEL, Action.READ, AccessPolicy.Target.at(user.homeTerritory()));
        Optional<ModelStore.Served> served = store.current();
        if (served.isEmpty()) {
            return new ModelView(false, null, null, null, null, null, null, null);
        }
        ModelStore.Served m = served.get();
        return new ModelView(true, m.version(), m.trainedAt().atZone(Beijing.ZONE).toOffsetDateTime(), m.cases(),
                m.features(), m.categories().labelCount(), m.units().labelCount(), json.readTree(m.report()));
    }
}
