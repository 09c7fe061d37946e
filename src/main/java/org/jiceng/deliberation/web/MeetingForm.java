package org.jiceng.deliberation.web;

/** A meeting to hold (安排会议): day and time as typed, kept whole when the service refuses them. */
record MeetingForm(String kind, String title, String heldOn, String startTime, String place) {
}
