package org.jiceng.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTextTests {

    @Test
    void aComplaintIsCutIntoWordsWithoutPunctuation() {
        assertThat(ChineseText.words("小区门口的路灯坏了，晚上很黑！"))
                .contains("小区", "门口", "路灯")
                .doesNotContain("，", "！");
    }

    @Test
    void aBlankTextHasNoWords() {
        assertThat(ChineseText.words("  ")).isEmpty();
        assertThat(ChineseText.words(null)).isEmpty();
    }

    @Test
    void latinWordsAreLowerCased() {
        assertThat(ChineseText.words("WiFi信号差")).contains("wifi");
    }
}
