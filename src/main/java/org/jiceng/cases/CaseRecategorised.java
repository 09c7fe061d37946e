package org.jiceng.cases;

/**
 * Published in the transaction that changed a case's category: by a person correcting it, or by the model when a
 * town lets it dispatch automatically ({@code automatic}). The search index rewrites the case's title; the dispatch
 * module counts a person's change of an automatic category as a correction. Training reads the category as it
 * stands, so a corrected category teaches the next training.
 */
public record CaseRecategorised(long caseId, String territoryCode, String fromCategoryCode, String toCategoryCode,
                                boolean automatic) {
}
