package org.jiceng.identity.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.jiceng.Scope;
import org.springframework.stereotype.Component;

/** Reads the audit log for the audit page; entries without a territory (failed logins) are county-wide. */
@Component
public class AuditReader {

    private final AuditLog log;

    AuditReader(AuditLog log) {
        this.log = log;
    }

    public record Line(OffsetDateTime at, String username, String event, String detail, String remoteAddress) {
    }

    public List<Line> recent(Scope scope, int limit) {
        return log.recent(scope, limit).stream()
                .map(e -> new Line(e.at(), e.username(), e.event(), e.detail(), e.remoteAddress())).toList();
    }
}
