package org.jiceng.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jiceng.Beijing;
import org.jiceng.CurrentUser;
import org.jiceng.cases.CaseAction;
import org.jiceng.cases.CaseActionRequest;
import org.jiceng.cases.CaseIntake;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.jiceng.cases.CasesApi;
import org.jiceng.cases.ExternalIntake;
import org.jiceng.cases.TimelineEntry;
import org.jiceng.cases.WorkingCalendar;
import org.jiceng.NotFoundException;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * The case loop in memory, for module tests that run without the cases module: a test files a case where it
 * needs one ({@link #receivedAt}), and the module under test finds it, moves it (accept, handle, resolve) and
 * files new ones; each action is kept in {@link #actions} as "ACTION id note". Imported, it is itself the bean.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeCases implements CasesApi {

    private static final Map<CaseAction, CaseState> TARGETS = Map.of(CaseAction.ACCEPT, CaseState.ACCEPTED,
            CaseAction.HANDLE, CaseState.IN_PROGRESS, CaseAction.RESOLVE, CaseState.RESOLVED);

    private final Map<Long, CaseView> cases = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1_000);
    public final List<String> actions = Collections.synchronizedList(new ArrayList<>());

    /** A received case of a resident at {@code territoryCode}. */
    public CaseView receivedAt(String territoryCode, String description) {
        long id = ids.incrementAndGet();
        CaseView view = view(id, CaseState.RECEIVED, territoryCode, description);
        cases.put(id, view);
        return view;
    }

    @Override
    public CaseView file(CurrentUser user, CaseIntake intake) {
        return receivedAt(user.homeTerritory(), intake.description());
    }

    @Override
    public ExternalFiling fileExternal(ExternalIntake intake) {
        throw new UnsupportedOperationException("not used by the modules that import this fake");
    }

    @Override
    public CaseView recategorise(CurrentUser user, long id, String categoryCode, boolean automatic, Integer version) {
        throw new UnsupportedOperationException("not used by the modules that import this fake");
    }

    @Override
    public CaseView find(CurrentUser user, long id) {
        CaseView found = cases.get(id);
        if (found == null || !user.scope().covers(found.territoryCode())) {
            throw new NotFoundException("诉求 " + id + " 不存在");
        }
        return found;
    }

    @Override
    public List<CaseView> findAll(CurrentUser user, Collection<Long> ids) {
        return ids.stream().map(cases::get).filter(c -> c != null && user.scope().covers(c.territoryCode())).toList();
    }

    @Override
    public CaseView act(CurrentUser user, long id, CaseAction action, CaseActionRequest request) {
        CaseView found = find(user, id);
        CaseState to = TARGETS.get(action);
        if (to == null) {
            throw new UnsupportedOperationException(action + " is not kept by this fake");
        }
        actions.add(action + " " + id + " " + request.note());
        CaseView moved = view(id, to, found.territoryCode(), found.description());
        cases.put(id, moved);
        return moved;
    }

    @Override
    public List<TimelineEntry> timeline(CurrentUser user, long id) {
        return List.of();
    }

    /** The shipped calendar, as the cases module has it before an administrator loads a year. */
    @Override
    public WorkingCalendar workingCalendar() {
        try (var csv = new InputStreamReader(getClass().getResourceAsStream("/cases/holidays-cn.csv"),
                StandardCharsets.UTF_8)) {
            return WorkingCalendar.parse(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CaseView view(long id, CaseState state, String territoryCode, String description) {
        OffsetDateTime now = OffsetDateTime.now(Beijing.ZONE);
        return new CaseView(id, "TEST-" + id, state, "0101", "邻里纠纷", description, territoryCode, null, null, null,
                "RESIDENT", null, "VILLAGE", null, null, List.of(), now, now.plusDays(1), null, now.plusDays(10), false,
                null, null, null, null, null, null, null, null, 0, null, null, null, 0, false);
    }
}
