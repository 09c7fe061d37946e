package org.jiceng.people;

import java.util.Optional;
import java.util.function.Consumer;
import org.jiceng.Scope;

/** What other modules may ask of people. */
public interface PeopleApi {

    Optional<ResidentView> resident(long id, Scope scope);

    /**
     * Every resident whose grid code starts with {@code territoryPrefix}, in id order, streamed: for the
     * system itself (demo data of other modules, projections), never for a request.
     */
    void forEachResident(String territoryPrefix, Consumer<ResidentSummary> consumer);
}
