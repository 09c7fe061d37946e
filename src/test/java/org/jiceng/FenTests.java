package org.jiceng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FenTests {

    @Property
    void whatIsWrittenAsYuanReadsBackAsTheSameFen(@ForAll @LongRange(min = 0, max = Fen.MAX) long fen) {
        assertThat(Fen.parse("amount", Fen.yuan(fen))).isEqualTo(fen);
        assertThat(Fen.parse("amount", Fen.grouped(fen))).isEqualTo(fen);
    }

    @Test
    void yuanAsPeopleTypeThemAreRead() {
        assertThat(Fen.parse("amount", "1234.5")).isEqualTo(123450);
        assertThat(Fen.parse("amount", " ￥1,234.56元 ")).isEqualTo(123456);
        assertThat(Fen.parse("amount", "12")).isEqualTo(1200);
        assertThat(Fen.parse("amount", "0.10")).isEqualTo(10);
    }

    @Test
    void aThirdDecimalANegativeOrAWordIsRefusedInChinese() {
        assertThatThrownBy(() -> Fen.parse("amount", "1.005")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("最多到分");
        assertThatThrownBy(() -> Fen.parse("amount", "-1")).hasMessageContaining("不能为负数");
        assertThatThrownBy(() -> Fen.parse("amount", "十元")).hasMessageContaining("不是数字");
        assertThatThrownBy(() -> Fen.parse("amount", "")).hasMessageContaining("请填写金额");
    }
}
