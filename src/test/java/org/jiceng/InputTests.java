package org.jiceng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class InputTests {

    private static void refused(ThrowingCallable check, String field, String detail) {
        assertThatThrownBy(check).isInstanceOfSatisfying(BadInputException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).isEqualTo(detail);
        });
    }

    @Test
    void aTextIsStrippedAndItsLengthCheckedNamingTheField() {
        assertThat(Input.text("  议题  ", "title", "议题标题", 2, 60)).isEqualTo("议题");
        refused(() -> Input.text(" ", "title", "议题标题", 2, 60), "title", "请填写议题标题（title）");
        refused(() -> Input.text("短", "title", "议题标题", 2, 60), "title", "议题标题（title）须为 2 到 60 个字");
        refused(() -> Input.text("长长长", "body", "意见", 1, 2), "body", "意见（body）不能超过 2 个字");
        assertThat(Input.optionalText("  ", "place", "会议地点", 100)).isNull();
        refused(() -> Input.optionalText("地点很长", "place", "会议地点", 2), "place", "会议地点（place）不能超过 2 个字");
    }

    @Property
    void aTextWithinItsBoundsIsAcceptedAndOneBeyondThemRefused(@ForAll @IntRange(min = 1, max = 40) int length) {
        String text = "字".repeat(length);
        assertThat(Input.text(text, "f", "字段", 1, 40)).isEqualTo(text);
        assertThatThrownBy(() -> Input.text(text + "字".repeat(41 - length), "f", "字段", 1, 40))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void anIdIsAPositiveWholeNumber() {
        assertThat(Input.id(7L, "residentId", "居民编号")).isEqualTo(7);
        refused(() -> Input.id(null, "residentId", "居民编号"), "residentId", "请填写居民编号（residentId）");
        refused(() -> Input.id(0L, "residentId", "居民编号"), "residentId", "居民编号（residentId）须为正整数");
    }

    @Test
    void aDateIsYearMonthDayOrTheDefaultWhenAbsent() {
        LocalDate today = LocalDate.of(2026, 5, 20);
        assertThat(Input.date(" 2026-05-01 ", "from", "开始日期", today)).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(Input.date("", "from", "开始日期", today)).isEqualTo(today);
        refused(() -> Input.date(null, "joinedOn", "入党日期", null), "joinedOn", "请填写入党日期（joinedOn，格式 YYYY-MM-DD）");
        refused(() -> Input.date("2010-13-01", "joinedOn", "入党日期", null), "joinedOn",
                "入党日期（joinedOn）“2010-13-01”不是有效日期，格式应为 YYYY-MM-DD");
    }

    @Test
    void aTimeWithoutAnOffsetIsBeijingTime() {
        assertThat(Input.time("2026-05-20T09:30", "heldAt", "调解时间"))
                .isEqualTo(OffsetDateTime.of(2026, 5, 20, 9, 30, 0, 0, ZoneOffset.ofHours(8)));
        assertThat(Input.time("2026-05-20T01:30Z", "heldAt", "调解时间").toInstant())
                .isEqualTo(OffsetDateTime.of(2026, 5, 20, 9, 30, 0, 0, ZoneOffset.ofHours(8)).toInstant());
        assertThat(Input.time(null, "heldAt", "调解时间")).isNull();
        refused(() -> Input.time("明天", "heldAt", "调解时间"), "heldAt", "调解时间（heldAt）“明天”格式不正确，应如 2026-05-20T09:30+08:00");
        assertThat(Input.timeOfDay("09:00", "startTime", "开始时间")).isEqualTo(LocalTime.of(9, 0));
        refused(() -> Input.timeOfDay("9点", "startTime", "开始时间"), "startTime",
                "开始时间（startTime）“9点”不是有效时间，格式应为 HH:MM，如 09:00");
    }

    @Test
    void aChoiceIsAConstantsNameAndARefusalListsTheChoices() {
        assertThat(Input.oneOf(DayOfWeek.class, " MONDAY ", "weekday", "星期", null, null)).isEqualTo(DayOfWeek.MONDAY);
        assertThat(Input.oneOf(DayOfWeek.class, "", "weekday", "星期", null, DayOfWeek.FRIDAY)).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(Input.optionalOneOf(DayOfWeek.class, " ", "weekday", "星期", null)).isNull();
        assertThatThrownBy(() -> Input.oneOf(DayOfWeek.class, "FREITAG", "weekday", "星期", null, null))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.field()).isEqualTo("weekday"))
                .hasMessageStartingWith("星期（weekday）“FREITAG”无效，可选：MONDAY、TUESDAY");
        assertThatThrownBy(() -> Input.oneOf(Role.class, null, "role", "角色", r -> "甲", null))
                .hasMessageStartingWith("请选择角色（role），可选：").hasMessageContaining(Role.values()[0].name() + " 甲");
    }
}
