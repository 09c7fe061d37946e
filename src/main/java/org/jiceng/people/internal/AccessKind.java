package org.jiceng.people.internal;

import org.jiceng.BadInputException;

/** What was done with personal data, as the access log records it; {@code label} is for the log page. */
public enum AccessKind {
    REVEAL("查看完整号码"), EXPORT("导出台账"), NUMBER_SEARCH("按完整号码查找"), LIST("批量查阅"),
    SENSITIVE_READ("查看敏感信息");

    private final String label;

    AccessKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AccessKind parse(String value) {
        for (AccessKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value.strip())) {
                return kind;
            }
        }
        throw new BadInputException("kind 须为 REVEAL、EXPORT、NUMBER_SEARCH、LIST 或 SENSITIVE_READ 之一");
    }
}
