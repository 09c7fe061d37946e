package org.jiceng.visits.internal.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineCareTagNamesTests {

    @Test
    void aHeadsNameKeepsOnlyTheSurnameOnThePhone() {
        assertThat(CareTagNames.masked("张三")).isEqualTo("张*");
        assertThat(CareTagNames.masked("欧阳明华")).isEqualTo("欧***");
        assertThat(CareTagNames.masked("王")).isEqualTo("王*");
    }

    @Test
    void noNameStaysNoName() {
        assertThat(CareTagNames.masked(null)).isNull();
        assertThat(CareTagNames.masked(" ")).isNull();
    }

    @Test
    void careTagsAreShownInChineseAndAnUnknownOneByItsCode() {
        assertThat(CareTagNames.of(List.of("LIVING_ALONE_ELDERLY", "MINIMUM_LIVING", "NEW_TAG")))
                .containsExactly("独居老人", "低保户", "NEW_TAG");
    }
}
