package org.jiceng.cases;

/**
 * A message another module puts in the inbox of one account (a volunteer moved up from the waiting list, a reminder
 * before an activity, a resident told of a decision about them), published in the transaction of what it tells of
 * and written when that commits.
 */
public record PersonalNotice(String sourceKey, long userId, String kind, String title, String body) {
}
