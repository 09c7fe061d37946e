package org.jiceng.deliberation.internal;

import org.jiceng.deliberation.Art278;

/** An owner of an estate's roll; {@code userId} is the account they vote with online, if linked. */
public record EstateOwner(long id, String name, boolean developer, long area, int units, Long userId) {

    public String areaText() {
        return Art278.formatArea(area);
    }
}
