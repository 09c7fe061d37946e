package org.jiceng.cases.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.jiceng.BadInputException;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.junit.jupiter.api.Test;

class CaseListQueryTests {

    static CaseListQuery query(String state, String category, String territory, String level, String after) {
        return new CaseListQuery(state, category, territory, level, null, null, after, null);
    }

    static void refusedNaming(CaseListQuery query, String field, String detail) {
        assertThatThrownBy(query::filter).isInstanceOfSatisfying(BadInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).contains(detail);
        });
    }

    @Test
    void blankParametersMeanAny() {
        var filter = query(" ", "", null, " ", null).filter();
        assertThat(filter.state()).isNull();
        assertThat(filter.category()).isNull();
        assertThat(filter.level()).isNull();
        assertThat(filter.overdueOnly()).isFalse();
        assertThat(filter.mineOnly()).isFalse();
    }

    @Test
    void goodParametersBecomeTheFilter() {
        var filter = new CaseListQuery("RECEIVED", "03", "530326001", "TOWN", true, false, null, null).filter();
        assertThat(filter.state()).isEqualTo(CaseState.RECEIVED);
        assertThat(filter.category()).isEqualTo("03");
        assertThat(filter.territory()).isEqualTo("530326001");
        assertThat(filter.overdueOnly()).isTrue();
    }

    @Test
    void eachBadParameterIsRefusedByName() {
        refusedNaming(query("NOPE", null, null, null, null), "state", "state 须为以下之一");
        refusedNaming(query(null, "3", null, null, null), "category", "2 位大类或 4 位小类");
        refusedNaming(query(null, null, "5303", null, null), "territory", "15 位网格代码");
        refusedNaming(query(null, null, null, "PROVINCE", null), "level", "GRID、VILLAGE、TOWN 或 COUNTY");
        assertThatThrownBy(() -> query(null, null, null, null, "nonsense").before())
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.field()).isEqualTo("after"));
    }

    @Test
    void noCursorStartsBelowEveryCase() {
        assertThat(query(null, null, null, null, null).before()).isEqualTo(CaseListQuery.Before.FIRST);
        assertThat(new CaseListQuery(null, null, null, null, null, null, null, null).pageSize()).isEqualTo(100);
    }

    @Property
    void theCursorOfACaseLeadsBelowIt(@ForAll @LongRange(min = 1_600_000_000_000_000L, max = 1_900_000_000_000_000L) long micros,
                                      @ForAll @LongRange(min = 1, max = Long.MAX_VALUE - 1) long id) {
        OffsetDateTime received = java.time.Instant.ofEpochSecond(0, micros * 1000).atOffset(java.time.ZoneOffset.ofHours(8));
        CaseView last = new CaseView(id, "n", CaseState.RECEIVED, "0301", "路灯", "d", "530326001001001", null, null, null,
                "APP", null, "GRID", null, null, List.of(), received, received, null, received, false, null, null, null, null,
                null, null, null, null, 0, null, null, null, 0, false);
        var before = CaseListQuery.Before.after(CaseListQuery.Before.cursorOf(last));
        assertThat(before.id()).isEqualTo(id);
        assertThat(before.time().toInstant()).isEqualTo(received.toInstant());
    }
}
