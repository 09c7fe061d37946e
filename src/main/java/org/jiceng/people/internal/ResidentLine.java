package org.jiceng.people.internal;

import java.util.List;
import org.jiceng.people.IdNumber;
import org.jiceng.people.Phone;

/** One checked row of an import file: a resident and the household they belong to. */
record ResidentLine(int row, String gridCode, String address, String building, String name, String relation,
                    IdNumber idNumber, Phone phone, List<String> tagCodes) {

    boolean head() {
        return "户主".equals(relation);
    }
}
