package org.jiceng.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated method (or every method of the annotated bean) only reads, and may read figures that lag the
 * primary by a moment: with {@code JICENG_DB_REPLICA_URL} set, the connections it opens come from the streaming
 * replica. Meant for monthly report building, rankings, exports and search queries; never for the case loop nor
 * for a page that must show what its reader just wrote. Without a replica, or when it is down, or within a few
 * seconds of the same person's last write, the primary answers (docs/deployment.md).
 *
 * <p>A method that joins a transaction already open keeps that transaction's (primary) connection; a method
 * marked here must not write: the replica refuses it.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReadsReplica {
}
