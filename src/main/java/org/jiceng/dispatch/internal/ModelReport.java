package org.jiceng.dispatch.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.Resource;
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
    private final JsonMapper json = JsonMapper.builder().build();

    ModelReport(ModelStore store) {
        this.store = store;
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
