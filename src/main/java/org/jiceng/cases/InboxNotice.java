package org.jiceng.cases;

/**
 * A message another module puts in the inbox of the staff of a territory node, published in the transaction of
 * what it tells of and written when that commits. A {@code kind} beginning with {@code party.} also reaches the
 * node's branch secretaries and party administrators (e.g. the week's 入党生日 of a branch). With a {@code unitId}
 * it also reaches that department's staff (e.g. the unit carrying an overdue livelihood project).
 */
public record InboxNotice(String sourceKey, String territoryCode, String kind, String title, String body, Long unitId) {

    public InboxNotice(String sourceKey, String territoryCode, String kind, String title, String body) {
        this(sourceKey, territoryCode, kind, title, body, null);
    }
}
