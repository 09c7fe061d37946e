package org.jiceng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CursorTests {

    @Property
    void anIdCursorEncodedThenDecodedIsItself(@ForAll @LongRange(min = 1) long id) {
        String next = Cursor.of(id);
        assertThat(Cursor.id(next)).isEqualTo(new Cursor.Id(id));
        assertThat(Cursor.idBelow(next)).isEqualTo(id);
        assertThat(Cursor.idAbove(next)).isEqualTo(id);
        assertThat(next).matches("[A-Za-z0-9_-]+");
    }

    @Property
    void aDayCursorEncodedThenDecodedIsItself(@ForAll("days") LocalDate day, @ForAll @LongRange(min = 1) long id) {
        assertThat(Cursor.dayId(Cursor.of(day, id))).isEqualTo(new Cursor.DayId(day, id));
    }

    @Property
    void aTimeCursorEncodedThenDecodedIsItself(@ForAll("instants") Instant at, @ForAll @LongRange(min = 1) long id) {
        Cursor.TimeId decoded = Cursor.timeId(Cursor.of(at.atOffset(Beijing.OFFSET), id));
        assertThat(decoded).isEqualTo(new Cursor.TimeId(at, id));
        assertThat(decoded.time().toInstant()).isEqualTo(at);
    }

    @Property
    void garbageIsRefusedNamingAfter(@ForAll String garbage) {
        List<Runnable> readings = List.of(() -> Cursor.id(garbage), () -> Cursor.dayId(garbage), () -> Cursor.timeId(garbage));
        for (Runnable reading : readings) {
            try {
                reading.run();
            } catch (BadInputException e) {
                assertThat(e.field()).isEqualTo("after");
                assertThat(e.getMessage()).isEqualTo("after 游标格式不正确");
            }
        }
    }

    @Test
    void plainIdsAndMalformedCursorsAreRefused() {
        for (String bad : List.of("abc", "50", "2026-13-01:5", "-", Cursor.of(LocalDate.of(2026, 5, 1), 3))) {
            assertThatThrownBy(() -> Cursor.idBelow(bad)).isInstanceOf(BadInputException.class)
                    .hasMessage("after 游标格式不正确");
        }
        assertThatThrownBy(() -> Cursor.dayId(Cursor.of(7))).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> Cursor.idAbove(new Cursor.DayId(LocalDate.of(2026, 5, 1), 1).encode().substring(1)))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void anAbsentCursorIsTheFirstPage() {
        assertThat(Cursor.idBelow(null)).isEqualTo(Long.MAX_VALUE);
        assertThat(Cursor.idBelow(" ")).isEqualTo(Long.MAX_VALUE);
        assertThat(Cursor.idAbove("")).isZero();
        assertThat(Cursor.dayId(null)).isNull();
        assertThat(Cursor.timeId("")).isNull();
    }

    @Test
    void aPageByIdEndsAtItsLastRow() {
        Page<Long> page = Page.byId(List.of(9L, 8L, 7L), 2, n -> n);
        assertThat(page.items()).containsExactly(9L, 8L);
        assertThat(Cursor.idBelow(page.next())).isEqualTo(8L);
        assertThat(Page.byId(List.of(9L), 2, n -> n).next()).isNull();
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(-200_000, 2_000_000).map(n -> LocalDate.ofEpochDay(n));
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(-10_000_000_000L, 100_000_000_000L)
                .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
    }
}
