package org.jiceng.dispatch.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jiceng.AccessPolicy;
import org.jiceng.Action;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Resource;
import org.jiceng.Scope;
import org.jiceng.cases.CaseCatalogue;
import org.jiceng.cases.CategoryView;
import org.jiceng.territory.TerritoryApi;
import org.jiceng.territory.UnitView;
import org.springframework.stereotype.Service;

/**
 * The top three categories and handling units for a text, from the newest model. Units are only those that may
 * take a case of the place (their territory covers it); the place is where the point falls when the person may
 * file there, else their own territory.
 */
@Service
public class Suggestions {

    static final int TOP = 3;
    static final int MAX_TEXT = 2000;
    static final long NAMES_SECONDS = 300;

    public record CategorySuggestion(String code, String name, double confidence) {
    }

    public record UnitSuggestion(long id, String name, double confidence) {
    }

    public record Suggested(List<CategorySuggestion> categories, List<UnitSuggestion> units, Integer modelVersion) {
    }

    private record Names(Map<String, String> categories, Instant read) {
    }

    private record CountyUnits(List<UnitView> units, Instant read) {
    }

    private final ModelStore store;
    private final CaseCatalogue catalogue;
    private final TerritoryApi territory;
    private volatile Names names = new Names(Map.of(), Instant.EPOCH);
    private final Map<String, CountyUnits> units = new ConcurrentHashMap<>();

    Suggestions(ModelStore store, CaseCatalogue catalogue, TerritoryApi territory) {
        this.store = store;
        this.catalogue = catalogue;
        this.territory = territory;
    }

    public Suggested suggest(CurrentUser user, String text, Double lat, Double lon) {
        if (text == null || text.isBlank()) {
            throw new BadInputException("text", "请填写诉求内容");
        }
        if (text.length() > MAX_TEXT) {
            throw new BadInputException("text", "诉求内容不能超过 " + MAX_TEXT + " 字");
        }
        if ((lat == null) != (lon == null) || lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw new BadInputException("lat", "位置不正确：经纬度须成对填写且在有效范围内");
        }
        String place = place(user, lat, lon);
        AccessPolicy.check(user, Resource.DISPATCH_SUGGESTION, Action.CREATE, AccessPolicy.Target.at(place));
        Optional<ModelStore.Served> model = store.current();
        if (model.isEmpty()) {
            return new Suggested(List.of(), List.of(), null);
        }
        Set<String> features = Features.of(text);
        Map<String, String> categoryNames = categoryNames();
        List<CategorySuggestion> categories = model.get().categories().rank(features, TOP).stream()
                .map(s -> new CategorySuggestion(s.label(), categoryNames.getOrDefault(s.label(), s.label()),
                        round(s.confidence()))).toList();
        Map<Long, UnitView> mayTake = new java.util.HashMap<>();
        for (UnitView unit : unitsOf(place.substring(0, 6))) {
            if (place.startsWith(unit.territoryCode())) {
                mayTake.put(unit.id(), unit);
            }
        }
        List<UnitSuggestion> suggestedUnits = new ArrayList<>();
        NaiveBayes unitModel = model.get().units();
        for (NaiveBayes.Scored s : unitModel.rank(features, unitModel.labelCount())) {
            UnitView unit = mayTake.get(Long.valueOf(s.label()));
            if (unit != null && suggestedUnits.size() < TOP) {
                suggestedUnits.add(new UnitSuggestion(unit.id(), unit.name(), round(s.confidence())));
            }
        }
        return new Suggested(categories, suggestedUnits, model.get().version());
    }

    /** The point's grid when the person may file there; otherwise their own territory. */
    private String place(CurrentUser user, Double lat, Double lon) {
        if (lat != null) {
            Optional<String> grid = territory.gridCodeAt(lat, lon);
            if (grid.isPresent() && AccessPolicy.allows(user, Resource.DISPATCH_SUGGESTION, Action.CREATE,
                    AccessPolicy.Target.at(grid.get()))) {
                return grid.get();
            }
        }
        return user.homeTerritory();
    }

    private Map<String, String> categoryNames() {
        Names known = names;
        if (known.read().isBefore(Instant.now().minusSeconds(NAMES_SECONDS))) {
            Map<String, String> read = new java.util.HashMap<>();
            for (CategoryView c : catalogue.categories()) {
                read.put(c.code(), c.name());
            }
            known = new Names(Map.copyOf(read), Instant.now());
            names = known;
        }
        return known.categories();
    }

    private List<UnitView> unitsOf(String county) {
        CountyUnits known = units.get(county);
        if (known == null || known.read().isBefore(Instant.now().minusSeconds(NAMES_SECONDS))) {
            known = new CountyUnits(territory.units(county, Scope.everything()), Instant.now());
            units.put(county, known);
        }
        return known.units();
    }

    /** Three decimals are all a person reads; the ranking itself used the full value. */
    static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }
}
