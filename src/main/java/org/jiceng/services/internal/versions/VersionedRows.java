package org.jiceng.services.internal.versions;

import java.time.OffsetDateTime;
import org.jiceng.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The life the catalogue's items and the policy sheets share: a head row and its numbered versions, at most one of
 * them PUBLISHED. Publishing a draft turns the version in force into REPLACED in the same transaction; withdrawing
 * takes the version in force off the lists and keeps its text. The head row is locked first, so editing and
 * publishing the same record take turns.
 */
public final class VersionedRows {

    private final JdbcClient jdbc;
    private final String head;
    private final String versions;
    private final String headColumn;

    /** {@code head}, {@code versions}: the tables; {@code headColumn}: the versions' column naming their head row. */
    public VersionedRows(JdbcClient jdbc, String head, String versions, String headColumn) {
        this.jdbc = jdbc;
        this.head = head;
        this.versions = versions;
        this.headColumn = headColumn;
    }

    public void lock(long id, String county) {
        jdbc.sql("select id from " + head + " where id = :id and county = :county for update")
                .param("id", id).param("county", county).query(Long.class).single();
    }

    public void publish(long id, String county, int draftVersion, OffsetDateTime at) {
        jdbc.sql("update " + versions + " set state = 'REPLACED' where " + headColumn + " = :id and county = :county"
                        + " and state = 'PUBLISHED'")
                .param("id", id).param("county", county).update();
        jdbc.sql("update " + versions + " set state = 'PUBLISHED', published_at = :at where " + headColumn + " = :id"
                        + " and county = :county and version = :version")
                .param("at", at).param("id", id).param("county", county).param("version", draftVersion).update();
    }

    /** Withdraws the version in force; {@code nonePublished} is the refusal when there is none. */
    public void withdraw(long id, String county, String nonePublished) {
        int changed = jdbc.sql("update " + versions + " set state = 'WITHDRAWN' where " + headColumn + " = :id"
                        + " and county = :county and state = 'PUBLISHED'")
                .param("id", id).param("county", county).update();
        if (changed == 0) {
            throw new ConflictException(nonePublished);
        }
    }
}
