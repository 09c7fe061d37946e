package org.jiceng.assessment.internal.project;

import java.time.OffsetDateTime;

/** A photo or document of a project's progress. */
public record EvidenceView(long id, long projectId, String fileName, String contentType, int sizeBytes,
                           OffsetDateTime uploadedAt) {
}
