package org.jiceng.territory;

import java.util.List;
import java.util.Optional;
import org.jiceng.Scope;

/** What other modules may ask of territory. */
public interface TerritoryApi {

    /** A division by code; divisions are public reference data. */
    Optional<DivisionView> division(String code);

    /** The division and its ancestors, province first: for breadcrumbs and names. */
    List<DivisionView> path(String code);

    /** Child divisions ordered by code, after the cursor code (keyset), at most {@code limit}. */
    List<DivisionView> children(String code, String after, int limit);

    List<GridView> grids(String villageCode, Scope scope);

    Optional<GridView> grid(String code, Scope scope);

    /** The grid containing a point, for the system itself (e.g. routing a reported location). */
    Optional<GridView> locate(double lat, double lon);

    /** The code of the grid containing a point, from the in-memory grid index alone (no query: intake's hot path). */
    Optional<String> gridCodeAt(double lat, double lon);

    Optional<UnitView> unit(long id);

    List<UnitView> units(String territoryPrefix, Scope scope);
}
