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
        return CaseListQuery.of(state, category, territory, level, null, null, after, null);
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
        var filter = CaseListQuery.of("RECEIVED", "03", "530326001", "TOWN", true, false, null, null).filter();
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
        assertThat(CaseListQuery.of(null, null, null, null, null, null, null, null).pageSize()).isEqualTo(100);
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

    static CaseListQuery desk(String number, String phone, String unit, String channel, String from, String to,
                              String dueToday, String open, String closed, String newToday) {
        return new CaseListQuery(null, null, null, null, null, null, null, null, number, phone, unit, channel, from, to,
                dueToday, open, closed, newToday);
    }

    @Test
    void theDesksParametersBecomeTheFilter() {
        var filter = desk("530326-20261123", "138 1234 5678", "42", "HOTLINE", "2026-11-01", "2026-11-30", "true", null,
                "true", "false").filter();
        assertThat(filter.number()).isEqualTo("530326-20261123");
        assertThat(filter.phone().value()).isEqualTo("13812345678");
        assertThat(filter.unitId()).isEqualTo(42L);
        assertThat(filter.channel()).isEqualTo("HOTLINE");
        assertThat(filter.from()).isEqualTo(java.time.LocalDate.of(2026, 11, 1));
        assertThat(filter.to()).isEqualTo(java.time.LocalDate.of(2026, 11, 30));
        assertThat(filter.dueToday()).isTrue();
        assertThat(filter.closed()).isTrue();
        assertThat(filter.newToday()).isFalse();
        assertThat(desk(null, null, null, null, null, null, null, "on", null, null).filter().closed()).isFalse();
        assertThat(desk(null, null, null, null, null, null, null, null, null, null).filter().closed()).isNull();
    }

    @Test
    void aWholeNumberAndEachOfItsPrefixesAreAccepted() {
        String number = "530326-20261123-000123";
        for (int end = 6; end <= number.length(); end++) {
            assertThat(desk(number.substring(0, end), null, null, null, null, null, null, null, null, null).filter().number())
                    .isEqualTo(number.substring(0, end));
        }
    }

    @Test
    void eachBadDeskParameterIsRefusedByName() {
        refusedNaming(desk("53", null, null, null, null, null, null, null, null, null), "number", "诉求编号");
        refusedNaming(desk("530326-2026%", null, null, null, null, null, null, null, null, null), "number", "诉求编号");
        refusedNaming(desk(null, null, "x1", null, null, null, null, null, null, null), "unit", "单位代码");
        refusedNaming(desk(null, null, null, "FAX", null, null, null, null, null, null), "channel", "来源渠道");
        refusedNaming(desk(null, null, null, null, "2026-02-30", null, null, null, null, null), "from", "yyyy-MM-dd");
        refusedNaming(desk(null, null, null, null, null, "11/30", null, null, null, null), "to", "yyyy-MM-dd");
        refusedNaming(desk(null, null, null, null, "2026-11-30", "2026-11-01", null, null, null, null), "to", "不能早于");
        refusedNaming(desk(null, null, null, null, null, null, "yes", null, null, null), "dueToday", "true 或 false");
        refusedNaming(desk(null, null, null, null, null, null, null, "true", "true", null), "closed", "只能选一个");
        refusedNaming(desk(null, null, null, null, null, null, null, null, null, "maybe"), "newToday", "true 或 false");
    }

    @Test
    void aBadPhoneIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(desk(null, "1381234", null, null, null, null, null, null, null, null)::filter)
                .isInstanceOfSatisfying(BadInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("phone");
                    assertThat(e.getMessage()).doesNotContain("1381234");
                });
    }

    @Test
    void aBadLimitIsRefusedByName() {
        assertThatThrownBy(new CaseListQuery(null, null, null, null, null, null, null, "lots", null, null, null, null,
                null, null, null, null, null, null)::pageSize)
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    }
}
