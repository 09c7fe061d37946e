package org.jiceng.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.jiceng.BadInputException;
import org.jiceng.services.internal.catalogue.ItemForm;
import org.jiceng.services.internal.catalogue.ItemRules;
import org.junit.jupiter.api.Test;

/** The rules an item or bundle keeps before it is stored: time limits, fees, materials and members. */
class CatalogueRulesTests {

    static ItemForm item(Integer days, Long fee, List<String> materials) {
        return new ItemForm("SBK-SL", "ITEM", "530326", " 社会保障卡申领 ", "社会保障", "", null, "县人社局", materials,
                days, fee, true, null, null);
    }

    static ItemForm bundle(List<Long> members) {
        return new ItemForm("YJS-XSE", "BUNDLE", "530326", "新生儿出生一件事", "一件事", "", null, "县卫生健康局",
                null, 10, 0L, true, members, null);
    }

    @Property
    void aTimeLimitFromNoneTo365WorkingDaysIsKept(@ForAll @IntRange(min = 0, max = 365) int days) {
        assertThat(ItemRules.checked(item(days, 0L, List.of("身份证"))).timeLimitDays()).isEqualTo(days);
    }

    @Property
    void aTimeLimitBelowNoneOrAboveAYearIsRefusedByName(@ForAll @IntRange(min = 366, max = 100_000) int above,
                                                        @ForAll @IntRange(min = -100_000, max = -1) int below) {
        for (int days : new int[] {above, below}) {
            assertThatThrownBy(() -> ItemRules.checked(item(days, 0L, List.of("身份证"))))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("工作日")
                    .extracting(e -> ((BadInputException) e).field()).isEqualTo("timeLimitDays");
        }
    }

    @Property
    void aFeeInFenIsNeverNegative(@ForAll @LongRange(min = -1_000_000, max = 1_000_000) long fee) {
        if (fee >= 0) {
            assertThat(ItemRules.checked(item(5, fee, List.of("身份证"))).feeFen()).isEqualTo(fee);
        } else {
            assertThatThrownBy(() -> ItemRules.checked(item(5, fee, List.of("身份证"))))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("不能为负数");
        }
    }

    @Test
    void anItemNeedsANameAnOfficeAndAtLeastOneMaterial() {
        assertThatThrownBy(() -> ItemRules.checked(item(5, 0L, List.of(" ", ""))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("所需材料");
        assertThatThrownBy(() -> ItemRules.checked(item(null, 0L, List.of("身份证"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("法定时限");
        ItemForm nameless = new ItemForm("X1", "ITEM", "530326", " ", "", "", null, "县民政局", List.of("身份证"), 1, 0L,
                false, null, null);
        assertThatThrownBy(() -> ItemRules.checked(nameless)).hasMessageContaining("事项名称");
        ItemForm officeless = new ItemForm("X1", "ITEM", "530326", "某事项", "", "", null, " ", List.of("身份证"), 1,
                0L, false, null, null);
        assertThatThrownBy(() -> ItemRules.checked(officeless)).hasMessageContaining("办理单位");
        ItemForm checked = ItemRules.checked(item(5, null, List.of(" 身份证 ", "", "户口簿")));
        assertThat(checked.name()).isEqualTo("社会保障卡申领");
        assertThat(checked.materials()).containsExactly("身份证", "户口簿");
        assertThat(checked.feeFen()).isZero();
    }

    @Test
    void aBundleRunsAtLeastTwoDistinctItemsAndAnItemRunsNone() {
        assertThat(ItemRules.checked(bundle(List.of(3L, 4L, 3L))).members()).containsExactly(3L, 4L);
        assertThatThrownBy(() -> ItemRules.checked(bundle(List.of(3L, 3L))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("至少两个");
        assertThatThrownBy(() -> ItemRules.checked(bundle(null))).hasMessageContaining("至少两个");
        ItemForm itemWithMembers = new ItemForm("X1", "ITEM", "530326", "某事项", "", "", null, "县民政局",
                List.of("身份证"), 1, 0L, false, List.of(1L, 2L), null);
        assertThatThrownBy(() -> ItemRules.checked(itemWithMembers)).hasMessageContaining("BUNDLE");
    }

    @Test
    void anItemIsOfferedByACountyATownOrAVillageOnly() {
        for (String code : new String[] {"5303", "530326001001001", "53032600", "abc"}) {
            ItemForm form = new ItemForm("X1", "ITEM", code, "某事项", "", "", null, "县民政局", List.of("身份证"), 1,
                    0L, false, null, null);
            assertThatThrownBy(() -> ItemRules.checked(form)).isInstanceOf(BadInputException.class)
                    .extracting(e -> ((BadInputException) e).field()).isEqualTo("territoryCode");
        }
        ItemForm lowerCase = new ItemForm("sbk", "ITEM", "530326", "某事项", "", "", null, "县民政局", List.of("身份证"),
                1, 0L, false, null, null);
        assertThatThrownBy(() -> ItemRules.checked(lowerCase)).hasMessageContaining("事项编码");
    }
}
