package org.jiceng.deliberation.web;

/** A resident's proposal of a topic (我要提议题), kept whole when the service refuses it. */
record TopicForm(String title, String description, String territoryCode) {
}
