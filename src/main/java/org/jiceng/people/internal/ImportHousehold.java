package org.jiceng.people.internal;

import java.util.List;

/** A household of an import file: consecutive rows with the same grid code and address, checked. */
record ImportHousehold(String gridCode, String address, String building, List<ResidentLine> members) {
}
