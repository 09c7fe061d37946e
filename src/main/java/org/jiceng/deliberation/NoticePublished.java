package org.jiceng.deliberation;

/** A notice was put on a community's board; published in the transaction that stored it. */
public record NoticePublished(long noticeId, String territoryCode) {
}
