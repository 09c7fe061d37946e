package org.jiceng.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jiceng.BadInputException;
import org.jiceng.CurrentUser;
import org.jiceng.Role;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.jiceng.identity.AuditTrail;
import org.jiceng.territory.TerritoryApi;
import org.junit.jupiter.api.Test;

/** The export walks the list in keyset batches and refuses, before anything is sent, a list longer than its cap. */
class CaseExportTests {

    static final CurrentUser TOWN = new CurrentUser(3, "gucheng", "古城街道", List.of(new CurrentUser.Grant(Role.TOWN_STAFF, "530326001", null)));
    final CaseService cases = mock(CaseService.class);
    final TerritoryApi territory = mock(TerritoryApi.class);
    final AuditTrail audit = mock(AuditTrail.class);
    final CaseFilter all = new CaseFilter(null, null, null, null, false, false);

    CaseExport export(int cap) {
        when(territory.division(any())).thenReturn(Optional.empty());
        when(territory.grid(any(), any())).thenReturn(Optional.empty());
        return new CaseExport(cases, territory, audit, Clock.fixed(Instant.parse("2026-12-03T02:00:00Z"), ZoneOffset.UTC), cap);
    }

    /** {@code n} cases, newest first, one a minute; the list answers each batch below the cursor it is given. */
    void listHolds(int n) {
        List<CaseView> all = new ArrayList<>();
        for (int i = n; i >= 1; i--) {
            all.add(view(i));
        }
        when(cases.list(eq(TOWN), any(), any(), anyLong(), anyInt())).thenAnswer(call -> {
            long below = call.getArgument(3);
            int limit = call.getArgument(4);
            return all.stream().filter(v -> v.id() < below).limit(limit).toList();
        });
    }

    @Test
    void everyCaseOfAListLongerThanABatchIsWrittenOnceAndTheExportIsAudited() throws Exception {
        listHolds(1234);
        try (var sheet = export(100_000).sheet(TOWN, all)) {
            assertThat(sheet.rows()).isEqualTo(1234);
            var out = new ByteArrayOutputStream();
            sheet.writeTo(out);
            assertThat(out.size()).isPositive();
        }
        verify(audit).record(eq(TOWN), eq("CASES_EXPORTED"), any());
    }

    @Test
    void oneCaseOverTheCapRefusesTheWholeExportInChineseAndAuditsNothing() {
        listHolds(11);
        assertThatThrownBy(() -> export(10).sheet(TOWN, all)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("超过 10 件").hasMessageContaining("缩小范围");
        verify(audit, never()).record(any(), any(), any());
    }

    @Test
    void exactlyTheCapIsExported() throws Exception {
        listHolds(10);
        try (var sheet = export(10).sheet(TOWN, all)) {
            assertThat(sheet.rows()).isEqualTo(10);
        }
    }

    static CaseView view(long id) {
        OffsetDateTime at = OffsetDateTime.parse("2026-11-01T00:00:00+08:00").plusMinutes(id);
        return new CaseView(id, "530326-20261101-" + id, CaseState.RECEIVED, "0301", "路灯", "描述 " + id, "530326001001",
                null, null, null, "RESIDENT", null, "VILLAGE", null, null, List.of(), at, at.plusDays(1), null, at.plusDays(5),
                false, null, null, null, null, null, null, null, null, 0, null, null, "张**", 0, false);
    }
}
