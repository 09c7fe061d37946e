package org.jiceng.visits.internal.sweep;

import java.util.List;

/**
 * A household's 明白卡: who is responsible for it along the 包保 chain and how to reach them, its grid worker, the
 * 12345 hotline and the address of the page where the household sees who is responsible for it (its QR code).
 * {@code phone} is masked on screens and in JSON and full only on the printed card.
 */
public record HouseholdCard(long householdId, String territoryCode, String gridName, String address, String head,
                            List<Link> chain, String gridWorker, String hotline, String mineUrl) {

    public static final String PENDING = "责任人待落实";
    public static final String HOTLINE = "12345";

    /** One link of the chain; {@code pending} when nobody holds it (then {@code name} is 责任人待落实). */
    public record Link(String level, String role, String name, String title, String phone, boolean pending) {
    }

    /** Whether some link of the chain is held by nobody. */
    public boolean anyPending() {
        return chain.stream().anyMatch(Link::pending);
    }
}
