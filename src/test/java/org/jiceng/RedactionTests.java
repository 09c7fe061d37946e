package org.jiceng;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTests {

    @Test
    void aMobileNumberIsTakenOutInEveryCommonSpelling() {
        assertThat(Redaction.redact("请联系13812345678")).isEqualTo("请联系" + Redaction.MASK);
        assertThat(Redaction.redact("电话 138-1234-5678 张")).isEqualTo("电话 " + Redaction.MASK + " 张");
        assertThat(Redaction.redact("+86 138 1234 5678")).isEqualTo(Redaction.MASK);
        assertThat(Redaction.redact("8613812345678")).isEqualTo(Redaction.MASK);
    }

    @Test
    void aLandlineWithItsAreaCodeIsTakenOut() {
        assertThat(Redaction.redact("村委会0874-5123456")).isEqualTo("村委会" + Redaction.MASK);
        assertThat(Redaction.redact("（0874）5123456转12")).isEqualTo(Redaction.MASK);
        assertThat(Redaction.redact("010-12345678。")).isEqualTo(Redaction.MASK + "。");
    }

    @Test
    void eighteenAndFifteenDigitIdNumbersAreTakenOut() {
        assertThat(Redaction.redact("身份证53032619851011383X，")).isEqualTo("身份证" + Redaction.MASK + "，");
        assertThat(Redaction.redact("身份证530326198510113831")).isEqualTo("身份证" + Redaction.MASK);
        assertThat(Redaction.redact("老证530326851011383")).isEqualTo("老证" + Redaction.MASK);
    }

    @Test
    void houseNumbersDatesAndAmountsStay() {
        String text = "2026年11月23日，东街12号3单元，路灯坏了5盏，花了1200元，编号20261123";
        assertThat(Redaction.redact(text)).isEqualTo(text);
        assertThat(Redaction.redact(null)).isNull();
    }

    @Test
    void aNumberTooLongForAPhoneIsNotHalfMasked() {
        assertThat(Redaction.redact("订单号 1381234567890123456789")).isEqualTo("订单号 1381234567890123456789");
    }

    @Test
    void coordinatesAreRoundedToAboutAHundredMetres() {
        assertThat(Redaction.roundedCoordinate(26.4123456)).isEqualTo(26.412);
        assertThat(Redaction.roundedCoordinate(103.2996)).isEqualTo(103.3);
        assertThat(Redaction.roundedCoordinate(null)).isNull();
    }
}
