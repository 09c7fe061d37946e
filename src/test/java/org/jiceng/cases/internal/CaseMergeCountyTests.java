package org.jiceng.cases.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.BadInputException;
import org.jiceng.cases.CaseState;
import org.jiceng.cases.CaseView;
import org.junit.jupiter.api.Test;

class CaseMergeCountyTests {

    static CaseView caseIn(String territory, String number) {
        OffsetDateTime now = OffsetDateTime.now();
        return new CaseView(10, number, CaseState.ACCEPTED, "0301", "路灯故障", "路灯不亮", territory, null, null,
                null, "RESIDENT", null, "VILLAGE", null, null, List.of(), now, now, null, now, false, null, null, null,
                null, null, null, null, null, 0, null, null, null, 1, false);
    }

    @Test
    void aCaseMergesIntoACaseOfItsOwnCounty() {
        assertThatCode(() -> CaseSteps.refuseAnotherCounty(caseIn("530326001001001", "530326-20261202-000001"),
                caseIn("530326103001", "530326-20261202-000002"))).doesNotThrowAnyException();
    }

    @Test
    void aCaseIsNotMergedIntoAnotherCountysCaseAndTheRefusalNamesTheField() {
        assertThatThrownBy(() -> CaseSteps.refuseAnotherCounty(caseIn("530326001001001", "530326-20261202-000001"),
                caseIn("530302001001", "530302-20261202-000002")))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("另一个县")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((BadInputException) e).field()).isEqualTo("intoCaseId"));
    }
}
