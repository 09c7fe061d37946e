package org.jiceng.search.internal;

import org.jiceng.Resource;

/** What the index holds, each kind with the resource whose read row decides who may find it. */
public enum SearchKind {
    CASE("诉求", Resource.CASE);

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
