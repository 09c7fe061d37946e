package org.jiceng.search.internal;

import org.jiceng.Resource;

/** What the index holds, each kind with the resource whose read row decides who may find it. */
public enum SearchKind {
    CASE("诉求", Resource.CASE),
    DISPUTE("矛盾纠纷", Resource.DISPUTE),
    TOPIC("议题", Resource.TOPIC),
    MINUTES("会议纪要", Resource.MEETING),
    NOTICE("公示", Resource.NOTICE);

    private final String label;
    private final Resource resource;

    SearchKind(String label, Resource resource) {
        this.label = label;
        this.resource = resource;
    }

    public String label() {
        return label;
    }

    Resource resource() {
        return resource;
    }
}
